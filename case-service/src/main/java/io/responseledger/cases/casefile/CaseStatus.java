package io.responseledger.cases.casefile;

/** Where a case stands in its lifecycle: new → assigned → responded → closed. */
public enum CaseStatus {
    /** Opened from a report; nobody is responsible yet. */
    NEW,
    /** A lead responsible unit (责任单位) has been set. */
    ASSIGNED,
    /** At least one official response (回应) has been recorded. */
    RESPONDED,
    CLOSED
}
