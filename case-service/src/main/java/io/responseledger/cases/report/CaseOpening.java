package io.responseledger.cases.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.casefile.CaseEvents;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseMerging;
import io.responseledger.cases.casefile.CaseNotFoundException;
import io.responseledger.cases.casefile.Deadlines;
import io.responseledger.cases.deadline.DeadlinePolicy;
import io.responseledger.cases.personal.ReportPersonalData;
import io.responseledger.cases.personal.ReportPersonalDataRepository;
import io.responseledger.cases.security.Caller;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.PersonalData;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Severity;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a report becomes a case, or joins the case of its issue: a later report of the same hotline work order,
 * or of the same external thread (same source and external id), attaches to the case the earlier one is on.
 */
@Singleton
public class CaseOpening {

    private static final Logger LOG = LoggerFactory.getLogger(CaseOpening.class);

    /** The actor of automatic attachments in the audit trail. */
    static final Caller REPORT_INTAKE = Caller.of("system:report-intake", List.of(), null);

    private final ReportRepository reports;
    private final CaseFileRepository cases;
    private final ReportPersonalDataRepository personalData;
    private final CaseEvents events;
    private final CaseMerging merging;
    private final DeadlinePolicy deadlines;
    private final Clock clock;

    CaseOpening(ReportRepository reports, CaseFileRepository cases, ReportPersonalDataRepository personalData,
                CaseEvents events, CaseMerging merging, DeadlinePolicy deadlines, Clock clock) {
        this.reports = reports;
        this.cases = cases;
        this.personalData = personalData;
        this.events = events;
        this.merging = merging;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Stores the report and opens a case for it (or attaches it to the case of its work order or thread), with
     * the event announcing it, in one transaction. The report's personal data goes to its own table in the same
     * transaction, never into the report or the event. A report already stored (the same report delivered again,
     * e.g. after a crash between the database commit and the offset commit) changes nothing; should two deliveries
     * race, the report's primary key lets only one commit and the other fails and is retried, finding the report
     * stored.
     *
     * @return the case the report opened or joined, or had opened or joined
     */
    @Transactional
    public Opened open(ReportSubmitted report) {
        var existing = reports.findCaseIdById(report.reportId());
        if (existing.isPresent()) {
            LOG.info("Report {} already received (case {}); ignoring the duplicate", report.reportId(), existing.get());
            return new Opened(existing.get(), false, false);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Earlier> earlier = earlierReportOfSameIssue(report);
        if (earlier.isPresent()) {
            UUID caseId = earlier.get().caseId();
            CaseFile current = cases.findByIdForUpdate(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
            Report stored = store(report, caseId, now);
            merging.countAttached(current, stored, earlier.get().how(), REPORT_INTAKE);
            LOG.info("Report {} ({}) joined case {} by {}", report.reportId(), report.source(), caseId,
                    earlier.get().how());
            return new Opened(caseId, true, true);
        }
        Severity severity = report.severity() == null ? Severity.GENERAL : report.severity();
        Deadlines due = deadlines.deadlinesFor(severity, report.source(), now, hotlineDueAt(report));
        CaseFile opened = cases.save(CaseFile.open(UUID.randomUUID(), report.title(), report.topicArea(), now,
                report.region(), severity, report.source(), report.engagementOrNone(), due));
        store(report, opened.id(), now);
        events.announce(opened, CaseEventType.CASE_OPENED);
        LOG.info("Report {} ({}, {}, {}) opened case {}, response due {}", report.reportId(), report.source(),
                report.topicArea(), severity, opened.id(), due.responseDueAt());
        return new Opened(opened.id(), true, false);
    }

    private Report store(ReportSubmitted report, UUID caseId, Instant now) {
        Report stored = reports.save(Report.from(report, caseId, now));
        PersonalData personal = report.personalDataOrNone();
        if (personal.hasAny()) {
            personalData.save(ReportPersonalData.of(report.reportId(), personal));
        }
        return stored;
    }

    /** The work order decides first: a hotline message's external id may name the message, not the issue. */
    private Optional<Earlier> earlierReportOfSameIssue(ReportSubmitted report) {
        String workOrder = report.hotline() == null ? null : blankToNull(report.hotline().workOrderNumber());
        if (workOrder != null) {
            var same = reports.findByWorkOrderNumberOrderByReceivedAtAsc(workOrder);
            if (!same.isEmpty()) {
                return Optional.of(new Earlier(same.get(0).caseId(), "WORK_ORDER"));
            }
        }
        String externalId = blankToNull(report.externalId());
        if (externalId != null && report.source() != null) {
            var same = reports.findBySourceAndExternalIdOrderByReceivedAtAsc(report.source(), externalId);
            if (!same.isEmpty()) {
                return Optional.of(new Earlier(same.get(0).caseId(), "THREAD"));
            }
        }
        return Optional.empty();
    }

    @Nullable
    private static Instant hotlineDueAt(ReportSubmitted report) {
        return report.hotline() == null ? null : report.hotline().handlingDueAt();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Earlier(UUID caseId, String how) {
    }

    /**
     * @param isNew  false when the report had been received before
     * @param joined true when the report joined an existing case instead of opening one
     */
    public record Opened(UUID caseId, boolean isNew, boolean joined) {

        public Opened(UUID caseId, boolean isNew) {
            this(caseId, isNew, false);
        }
    }
}
