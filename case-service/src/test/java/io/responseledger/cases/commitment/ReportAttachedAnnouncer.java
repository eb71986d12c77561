package io.responseledger.cases.commitment;

import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.casefile.CaseEvents;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.contracts.CaseEventType;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * Announces REPORT_ATTACHED on a case, as the attach path of the case lifecycle does once it stored the report:
 * what commitment flagging hooks into, whoever attaches.
 */
@Singleton
class ReportAttachedAnnouncer {

    private final CaseFileRepository cases;
    private final CaseEvents events;
    private final CommitmentTrackingRepository tracking;
    private final Clock clock;

    ReportAttachedAnnouncer(CaseFileRepository cases, CaseEvents events, CommitmentTrackingRepository tracking,
                            Clock clock) {
        this.cases = cases;
        this.events = events;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** Raises the case's version as attaching a report does, and announces it. */
    @Transactional
    void announce(UUID caseId) {
        cases.findByIdForUpdate(caseId).orElseThrow();
        tracking.touchCase(caseId, clock.instant());
        events.announce(cases.findById(caseId).orElseThrow(), CaseEventType.REPORT_ATTACHED);
    }
}
