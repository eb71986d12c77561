package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.report.ReportRepository;
import io.responseledger.cases.security.AccessDeniedException;
import io.responseledger.cases.security.Caller;
import io.responseledger.contracts.CaseEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading cases, and the changes of a case that belong to no other feature (assignment). Every method takes the
 * caller, and shows or changes only what {@link CaseAccess} lets them.
 */
@Singleton
public class CaseService {

    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);

    private final CaseFileRepository cases;
    private final CaseDossiers dossiers;
    private final CaseEvents events;
    private final ReportRepository reports;
    private final AuditTrail audit;
    private final Clock clock;

    CaseService(CaseFileRepository cases, CaseDossiers dossiers, CaseEvents events, ReportRepository reports,
                AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.dossiers = dossiers;
        this.events = events;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first; see {@link #list(CaseFilter, CaseOrder, int, int, Caller)}. */
    @ReadOnly
    public CasePage list(CaseFilter filter, int page, int size, Caller caller) {
        return list(filter, CaseOrder.NEWEST, page, size, caller);
    }

    /**
     * An OFFICER's list holds only their unit's cases, whatever the filter asks.
     *
     * @throws AccessDeniedException if an OFFICER asks for another unit's cases
     */
    @ReadOnly
    public CasePage list(CaseFilter filter, CaseOrder order, int page, int size, Caller caller) {
        Optional<String> scope = CaseAccess.listScope(caller);
        if (scope.isPresent()) {
            if (filter.leadUnit() != null && !Objects.equals(filter.leadUnit(), scope.get())) {
                throw new AccessDeniedException("承办人只能查看本单位（" + scope.get() + "）的案件");
            }
            filter = filter.withLeadUnit(scope.get());
        }
        Page<CaseFile> found = cases.findAll(filter.toSpecification(), Pageable.from(page, size, order.sort()));
        return new CasePage(found.getContent().stream().map(CaseSummary::from).toList(), page, size,
                found.getTotalSize());
    }

    /**
     * @throws CaseNotFoundException if there is no such case
     * @throws AccessDeniedException if the caller may not read it
     */
    @ReadOnly
    public CaseView get(UUID caseId, Caller caller) {
        CaseFile caseFile = cases.findById(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
        CaseAccess.requireRead(caller, caseFile);
        return CaseView.from(dossiers.load(caseFile));
    }

    @ReadOnly
    public CaseView getByReport(UUID reportId, Caller caller) {
        UUID caseId = reports.findCaseIdById(reportId).orElseThrow(() -> CaseNotFoundException.byReport(reportId));
        return get(caseId, caller);
    }

    /**
     * Makes {@code leadUnit} the lead responsible unit, recording who did it in the audit trail. Assigning a case
     * to the unit it is already assigned to changes nothing, so a repeated request does not announce a second
     * change.
     */
    @Transactional
    public CaseView assign(UUID caseId, String leadUnit, Caller caller) {
        return assign(caseId, leadUnit, null, null, caller);
    }

    /**
     * As {@link #assign(UUID, String, Caller)}, naming the person at the unit who handles it, and refused with 409
     * if the case is no longer at {@code expectedVersion}. Reassigning to the same unit and assignee is a no-op.
     */
    @Transactional
    public CaseView assign(UUID caseId, String leadUnit, @Nullable String assignee, @Nullable Long expectedVersion,
                           Caller caller) {
        CaseFile current = cases.findByIdForUpdate(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
        StaleCaseVersionException.check(current, expectedVersion);
        if (current.isAssignedTo(leadUnit) && Objects.equals(current.assignee(), assignee)) {
            return CaseView.from(dossiers.load(current));
        }
        CaseFile assigned = cases.update(current.assignedTo(leadUnit, assignee, now()));
        audit.record(caseId, caller, AuditAction.CASE_ASSIGNED, null, CaseState.of(current), CaseState.of(assigned));
        LOG.info("Case {} assigned by {} (version {})", caseId, caller.subject(), assigned.version());
        return CaseView.from(events.announce(assigned, CaseEventType.CASE_ASSIGNED));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
