package io.responseledger.cases.casefile;

import java.util.Set;
import java.util.UUID;

/** A change was asked of a case whose status does not allow it. Answered with 409. */
public class IllegalCaseTransitionException extends RuntimeException {

    private final UUID caseId;
    private final CaseStatus currentStatus;
    private final CaseTransition transition;

    IllegalCaseTransitionException(UUID caseId, CaseStatus currentStatus, CaseTransition transition) {
        super("Case " + caseId + " is " + currentStatus + "; " + transition + " is allowed only from "
                + transition.allowedFrom());
        this.caseId = caseId;
        this.currentStatus = currentStatus;
        this.transition = transition;
    }

    public UUID caseId() {
        return caseId;
    }

    public CaseStatus currentStatus() {
        return currentStatus;
    }

    public CaseTransition transition() {
        return transition;
    }

    public Set<CaseStatus> allowedStatuses() {
        return transition.allowedFrom();
    }
}
