package io.responseledger.cases.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The changes a case may go through, each allowed only from certain statuses. This is the state machine:
 * new transitions (transfer, close, reopen, reject) are added here.
 */
public enum CaseTransition {

    /** Set or change the lead responsible unit. */
    ASSIGN("指派", EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED), CaseStatus.ASSIGNED),

    /** Record an official response; further responses may follow. */
    RECORD_RESPONSE("登记回应", EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.RESPONDED), CaseStatus.RESPONDED);

    private final String label;
    private final Set<CaseStatus> allowedFrom;
    private final CaseStatus target;

    CaseTransition(String label, Set<CaseStatus> allowedFrom, CaseStatus target) {
        this.label = label;
        this.allowedFrom = allowedFrom;
        this.target = target;
    }

    /** The name of this change for people, in Chinese. */
    public String label() {
        return label;
    }

    /** The statuses this change may start from, in lifecycle order. */
    public Set<CaseStatus> allowedFrom() {
        return EnumSet.copyOf(allowedFrom);
    }

    public CaseStatus target() {
        return target;
    }

    public boolean isAllowedFrom(CaseStatus status) {
        return allowedFrom.contains(status);
    }
}
