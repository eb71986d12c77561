package io.responseledger.cases.importing;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseEvents;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseState;
import io.responseledger.cases.importing.ImportCounts.RowOutcome;
import io.responseledger.contracts.personaldata.Masks;
import io.responseledger.contracts.personaldata.PersonalDataProtector;
import io.responseledger.contracts.personaldata.PersonalDataScanner;
import io.responseledger.cases.personal.ReportPersonalData;
import io.responseledger.cases.personal.ReportPersonalDataRepository;
import io.responseledger.cases.report.Report;
import io.responseledger.cases.report.ReportRepository;
import io.responseledger.cases.response.Response;
import io.responseledger.cases.response.ResponseChannel;
import io.responseledger.cases.response.ResponseRepository;
import io.responseledger.cases.response.ResponseVisibility;
import io.responseledger.cases.security.Caller;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.PersonalData;
import io.responseledger.contracts.ReportSource;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stores one row of a past ledger as a closed case with its report and its response, and announces it
 * ({@code CASE_IMPORTED}) through the outbox, all in one transaction. Personal data in the message, its subject and
 * the reply is masked as intake masks it, and kept apart in {@code report_personal_data} with the poster's id.
 */
@Singleton
class RowImport {

    /** When the file names no unit: the response must name a publisher. */
    static final String UNKNOWN_UNIT = "未注明单位";

    private final CaseFileRepository cases;
    private final ReportRepository reports;
    private final ResponseRepository responses;
    private final ReportPersonalDataRepository personalData;
    private final CaseEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    RowImport(CaseFileRepository cases, ReportRepository reports, ResponseRepository responses,
              ReportPersonalDataRepository personalData, CaseEvents events, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.reports = reports;
        this.responses = responses;
        this.personalData = personalData;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** IMPORTED, or DUPLICATE when an earlier import (of this or another file) stored the row already. */
    @Transactional
    RowOutcome store(LedgerRow row, UUID importId, Caller importer) {
        if (reports.existsById(row.reportId())) {
            return RowOutcome.DUPLICATE;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        PersonalDataProtector.Protected message = PersonalDataProtector.protect(row.title(), row.message(),
                row.author(), null);
        PersonalDataScanner.Result reply = PersonalDataScanner.scan(withAuthorMasked(row.reply(), row.author()));
        PersonalData found = withReplyFindings(message.personalData(), reply.findings());

        CaseFile imported = cases.save(CaseFile.imported(row.caseId(), message.title(), row.topicArea(), row.unit(),
                row.postedAt(), row.repliedAt(), now));
        reports.save(new Report(row.reportId(), imported.id(), ReportSource.OTHER, row.messageId(), message.title(),
                message.body(), row.topicArea(), null, row.postedAt(), row.postedAt(), now, now));
        if (found.hasAny()) {
            personalData.save(ReportPersonalData.of(row.reportId(), found));
        }
        responses.save(new Response(row.responseId(), imported.id(), reply.maskedText(),
                ResponseChannel.GOVERNMENT_WEBSITE, row.unit() == null ? UNKNOWN_UNIT : row.unit(), row.repliedAt(),
                null, now, importer.subject(), ResponseVisibility.PUBLIC, null, null,
                Math.max(0, Duration.between(row.postedAt(), row.repliedAt()).toSeconds())));
        audit.record(imported.id(), importer, AuditAction.CASE_IMPORTED, new ImportedRow(importId, row.line()),
                null, CaseState.of(imported));
        events.announce(imported, CaseEventType.CASE_IMPORTED);
        return RowOutcome.IMPORTED;
    }

    @Transactional
    boolean isStored(LedgerRow row) {
        return reports.existsById(row.reportId());
    }

    /** Replies address the poster by their id ("网友“A0001”您好"): masked as in the message. */
    private static String withAuthorMasked(String reply, String author) {
        if (author == null || author.codePointCount(0, author.length()) < 2) {
            return reply;
        }
        return reply.replace(author, Masks.name(author));
    }

    private static PersonalData withReplyFindings(PersonalData fromMessage, List<PersonalDataScanner.Finding> reply) {
        if (reply.isEmpty()) {
            return fromMessage;
        }
        Set<String> phones = new LinkedHashSet<>(fromMessage.phones());
        Set<String> ids = new LinkedHashSet<>(fromMessage.idNumbers());
        Set<String> emails = new LinkedHashSet<>(fromMessage.emails());
        for (PersonalDataScanner.Finding finding : reply) {
            switch (finding.kind()) {
                case PHONE -> phones.add(finding.value());
                case ID_NUMBER -> ids.add(finding.value());
                case EMAIL -> emails.add(finding.value());
            }
        }
        return new PersonalData(fromMessage.name(), new ArrayList<>(phones), new ArrayList<>(ids),
                new ArrayList<>(emails));
    }

    /** The audit detail of an imported case: which import, which line. */
    @Serdeable
    record ImportedRow(UUID importId, int line) {
    }
}
