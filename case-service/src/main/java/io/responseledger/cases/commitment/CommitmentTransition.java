package io.responseledger.cases.commitment;

import io.responseledger.cases.response.CommitmentStatus;

import java.util.EnumSet;
import java.util.Set;

import static io.responseledger.cases.response.CommitmentStatus.CLAIMED_FULFILLED;
import static io.responseledger.cases.response.CommitmentStatus.IN_PROGRESS;
import static io.responseledger.cases.response.CommitmentStatus.OPEN;
import static io.responseledger.cases.response.CommitmentStatus.OVERDUE;
import static io.responseledger.cases.response.CommitmentStatus.VERIFICATION_FAILED;
import static io.responseledger.cases.response.CommitmentStatus.VERIFIED;
import static io.responseledger.cases.response.CommitmentStatus.WITHDRAWN;

/**
 * The commitment state machine: each change, the statuses it may start from, and where it leads. VERIFIED and
 * WITHDRAWN are final. docs/commitments.md draws it.
 */
public enum CommitmentTransition {

    /**
     * Progress by the owner unit. Work on an open commitment or on rectification after a failed verification is
     * IN_PROGRESS; an overdue commitment stays OVERDUE (it is late whatever progress is made), so the overdue job
     * does not announce it twice.
     */
    REPORT_PROGRESS("报告进展", EnumSet.of(OPEN, IN_PROGRESS, VERIFICATION_FAILED, OVERDUE)) {
        @Override
        public CommitmentStatus targetFrom(CommitmentStatus current) {
            require(current);
            return current == OVERDUE ? OVERDUE : IN_PROGRESS;
        }
    },

    /** The owner unit says it is fulfilled; late (from OVERDUE) is still fulfilled, and judged late on verification. */
    CLAIM_FULFILLED("申报已落实", EnumSet.of(OPEN, IN_PROGRESS, VERIFICATION_FAILED, OVERDUE), CLAIMED_FULFILLED),

    /** A supervisor checked the claim and found it kept. */
    VERIFY("核查通过", EnumSet.of(CLAIMED_FULFILLED), VERIFIED),

    /** A supervisor checked the claim and found it not kept: rectification is due by a new deadline. */
    FAIL_VERIFICATION("核查未通过", EnumSet.of(CLAIMED_FULFILLED), VERIFICATION_FAILED),

    /** The overdue job: the due date, or the rectification deadline, passed while the commitment was unfulfilled. */
    MARK_OVERDUE("标记逾期", EnumSet.of(OPEN, IN_PROGRESS, VERIFICATION_FAILED), OVERDUE),

    /** A supervisor withdraws a commitment that can no longer or need no longer be kept, with a reason. */
    WITHDRAW("撤销", EnumSet.of(OPEN, IN_PROGRESS, CLAIMED_FULFILLED, VERIFICATION_FAILED, OVERDUE), WITHDRAWN);

    private final String label;
    private final Set<CommitmentStatus> allowedFrom;
    private final CommitmentStatus target;

    CommitmentTransition(String label, Set<CommitmentStatus> allowedFrom, CommitmentStatus target) {
        this.label = label;
        this.allowedFrom = allowedFrom;
        this.target = target;
    }

    CommitmentTransition(String label, Set<CommitmentStatus> allowedFrom) {
        this(label, allowedFrom, null);
    }

    /** The name of this change for people, in Chinese. */
    public String label() {
        return label;
    }

    /** The statuses this change may start from, in declaration order. */
    public Set<CommitmentStatus> allowedFrom() {
        return EnumSet.copyOf(allowedFrom);
    }

    public boolean isAllowedFrom(CommitmentStatus status) {
        return allowedFrom.contains(status);
    }

    /**
     * Where this change leads from {@code current}.
     *
     * @throws IllegalCommitmentTransitionException if it may not start from there
     */
    public CommitmentStatus targetFrom(CommitmentStatus current) {
        require(current);
        return target;
    }

    void require(CommitmentStatus current) {
        if (!isAllowedFrom(current)) {
            throw new IllegalCommitmentTransitionException(current, this);
        }
    }
}
