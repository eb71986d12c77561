package io.responseledger.cases.casefile;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.report.ReportRepository;
import io.responseledger.contracts.CaseEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reading cases, and the changes of a case that belong to no other feature (assignment). */
@Singleton
public class CaseService {

    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);

    /** Newest first; the id breaks ties so that paging is stable. */
    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("openedAt"), Sort.Order.desc("id"));

    private final CaseFileRepository cases;
    private final CaseDossiers dossiers;
    private final CaseEvents events;
    private final ReportRepository reports;
    private final Clock clock;

    CaseService(CaseFileRepository cases, CaseDossiers dossiers, CaseEvents events, ReportRepository reports,
                Clock clock) {
        this.cases = cases;
        this.dossiers = dossiers;
        this.events = events;
        this.reports = reports;
        this.clock = clock;
    }

    @ReadOnly
    public CasePage list(CaseFilter filter, int page, int size) {
        Page<CaseFile> found = cases.findAll(filter.toSpecification(), Pageable.from(page, size, NEWEST_FIRST));
        return new CasePage(found.getContent().stream().map(CaseSummary::from).toList(), page, size,
                found.getTotalSize());
    }

    @ReadOnly
    public CaseView get(UUID caseId) {
        return dossiers.find(caseId).map(CaseView::from).orElseThrow(() -> CaseNotFoundException.byId(caseId));
    }

    @ReadOnly
    public CaseView getByReport(UUID reportId) {
        UUID caseId = reports.findCaseIdById(reportId).orElseThrow(() -> CaseNotFoundException.byReport(reportId));
        return get(caseId);
    }

    /**
     * Makes {@code leadUnit} the lead responsible unit. Assigning a case to the unit it is already assigned to
     * changes nothing, so a repeated request does not announce a second change.
     */
    @Transactional
    public CaseView assign(UUID caseId, String leadUnit) {
        CaseFile current = cases.findByIdForUpdate(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
        if (current.isAssignedTo(leadUnit)) {
            return CaseView.from(dossiers.load(current));
        }
        CaseFile assigned = cases.update(current.assignedTo(leadUnit, now()));
        LOG.info("Case {} assigned (version {})", caseId, assigned.version());
        return CaseView.from(events.announce(assigned, CaseEventType.CASE_ASSIGNED));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
