package io.responseledger.cases.deadline;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseEvents;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseState;
import io.responseledger.cases.security.Caller;
import io.responseledger.contracts.CaseEventType;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Marks one case overdue in a transaction of its own, so one failure does not undo the others. */
@Singleton
class OverdueMarker {

    /** The actor of the overdue job in the audit trail. */
    static final Caller OVERDUE_JOB = Caller.of("system:overdue-job", List.of(), null);

    private final CaseFileRepository cases;
    private final CaseEvents events;
    private final AuditTrail audit;

    OverdueMarker(CaseFileRepository cases, CaseEvents events, AuditTrail audit) {
        this.cases = cases;
        this.events = events;
        this.audit = audit;
    }

    /** @return true if this call marked the case, false if it was not (or no longer) due or another got it */
    @Transactional
    boolean markOne(UUID caseId, Instant now) {
        Optional<CaseFile> before = cases.findById(caseId);
        if (before.isEmpty() || cases.markOverdue(caseId, now) == 0) {
            return false;
        }
        CaseFile after = cases.findById(caseId).orElseThrow();
        audit.record(caseId, OVERDUE_JOB, AuditAction.CASE_OVERDUE, new OverdueDetail(after.responseDueAt()),
                CaseState.of(before.get()), CaseState.of(after));
        events.announce(after, CaseEventType.CASE_OVERDUE);
        return true;
    }

    @Serdeable
    record OverdueDetail(Instant responseDueAt) {
    }
}
