package io.responseledger.cases.personal;

import io.micronaut.data.model.Sort;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseAccess;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseNotFoundException;
import io.responseledger.cases.report.Report;
import io.responseledger.cases.report.ReportRepository;
import io.responseledger.cases.security.AccessDeniedException;
import io.responseledger.cases.security.Caller;
import io.responseledger.contracts.PersonalData;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Shows a case's full contact details to those who call the citizen back, and records every such reveal. */
@Singleton
public class ContactReveal {

    private static final Logger LOG = LoggerFactory.getLogger(ContactReveal.class);
    private static final Sort OLDEST_FIRST = Sort.of(Sort.Order.asc("receivedAt"), Sort.Order.asc("id"));

    private final CaseFileRepository cases;
    private final ReportRepository reports;
    private final ReportPersonalDataRepository personalData;
    private final AuditTrail audit;

    ContactReveal(CaseFileRepository cases, ReportRepository reports, ReportPersonalDataRepository personalData,
                  AuditTrail audit) {
        this.cases = cases;
        this.reports = reports;
        this.personalData = personalData;
        this.audit = audit;
    }

    /**
     * The details are returned only once the audit entry recording this reveal is committed with them: if it
     * cannot be written, nothing is shown.
     *
     * @throws CaseNotFoundException if there is no such case
     * @throws AccessDeniedException unless the caller is a SUPERVISOR or an OFFICER of the case's lead unit
     */
    @Transactional
    public CaseContacts reveal(UUID caseId, Caller caller) {
        CaseFile caseFile = cases.findById(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
        CaseAccess.requireContacts(caller, caseFile);
        List<Report> attached = reports.findByCaseId(caseId, OLDEST_FIRST);
        Map<UUID, PersonalData> stored = attached.isEmpty() ? Map.of()
                : personalData.findByReportIdIn(attached.stream().map(Report::id).toList()).stream()
                        .collect(Collectors.toMap(ReportPersonalData::reportId, ReportPersonalData::toPersonalData));
        List<CaseContacts.Contact> contacts = attached.stream()
                .map(report -> contact(report, stored.getOrDefault(report.id(), PersonalData.none())))
                .toList();

        audit.record(caseId, caller, AuditAction.CONTACTS_REVEALED,
                new Revealed(attached.stream().map(Report::id).filter(stored::containsKey).toList()), null, null);
        LOG.info("Contact details of case {} ({} reports with any) revealed to {}", caseId, stored.size(),
                caller.subject());
        return new CaseContacts(caseId, contacts);
    }

    private static CaseContacts.Contact contact(Report report, PersonalData data) {
        return new CaseContacts.Contact(report.id(), report.source(), report.externalId(), data.name(),
                data.phones(), data.idNumbers(), data.emails());
    }

    /** The audit detail of a reveal: which reports had details to show. */
    @Serdeable
    record Revealed(List<UUID> reportIds) {
    }
}
