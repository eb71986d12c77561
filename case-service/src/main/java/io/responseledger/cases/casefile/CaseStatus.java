package io.responseledger.cases.casefile;

/**
 * Where a case stands in its lifecycle (docs/case-lifecycle.md has the diagram):
 * new → assigned → responded → closed, with transfer, escalation, rejection and reopening.
 */
public enum CaseStatus {
    /** Opened from a report; nobody is responsible yet. */
    NEW,
    /** A lead responsible unit (责任单位) has been set and holds the case. */
    ASSIGNED,
    /** Handed to another unit, which has not accepted it yet. */
    TRANSFERRING,
    /** Transferred three times without acceptance: the supervisor must decide who handles it. */
    ESCALATED,
    /** At least one official response (回应) has been recorded. */
    RESPONDED,
    /** Done; also the state of a case merged into another ({@code mergedInto}). */
    CLOSED,
    /** Not in scope (非本单位职责), with a reason and the body it belongs to. */
    REJECTED;

    /** Statuses in which the case waits for its response, so its response deadline runs. */
    public boolean awaitsResponse() {
        return this == NEW || this == ASSIGNED || this == TRANSFERRING || this == ESCALATED;
    }
}
