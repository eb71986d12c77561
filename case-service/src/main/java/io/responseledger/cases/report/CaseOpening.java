package io.responseledger.cases.report;

import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.casefile.CaseEvents;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.personal.ReportPersonalData;
import io.responseledger.cases.personal.ReportPersonalDataRepository;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.PersonalData;
import io.responseledger.contracts.ReportSubmitted;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Where a report becomes a case. */
@Singleton
public class CaseOpening {

    private static final Logger LOG = LoggerFactory.getLogger(CaseOpening.class);

    private final ReportRepository reports;
    private final CaseFileRepository cases;
    private final ReportPersonalDataRepository personalData;
    private final CaseEvents events;
    private final Clock clock;

    CaseOpening(ReportRepository reports, CaseFileRepository cases, ReportPersonalDataRepository personalData,
                CaseEvents events, Clock clock) {
        this.reports = reports;
        this.cases = cases;
        this.personalData = personalData;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the report and opens a case for it, with the event announcing the case, in one transaction. The
     * report's personal data goes to its own table in the same transaction, never into the report or the event.
     * A report already stored (the same report delivered again, e.g. after a crash between the database commit
     * and the offset commit) changes nothing; should two deliveries race, the report's primary key lets only
     * one commit and the other fails and is retried, finding the report stored.
     *
     * @return the case the report opened or had opened
     */
    @Transactional
    public Opened open(ReportSubmitted report) {
        var existing = reports.findCaseIdById(report.reportId());
        if (existing.isPresent()) {
            LOG.info("Report {} already received (case {}); ignoring the duplicate", report.reportId(), existing.get());
            return new Opened(existing.get(), false);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        CaseFile opened = cases.save(CaseFile.open(UUID.randomUUID(), report.title(), report.topicArea(), now));
        reports.save(Report.from(report, opened.id(), now));
        PersonalData personal = report.personalDataOrNone();
        if (personal.hasAny()) {
            personalData.save(ReportPersonalData.of(report.reportId(), personal));
        }
        events.announce(opened, CaseEventType.CASE_OPENED);
        LOG.info("Report {} ({}, {}) opened case {}", report.reportId(), report.source(), report.topicArea(),
                opened.id());
        return new Opened(opened.id(), true);
    }

    /**
     * @param isNew false when the report had been received before
     */
    public record Opened(UUID caseId, boolean isNew) {
    }
}
