package io.responseledger.cases.response;

/**
 * Where a commitment stands. The legal changes between these are
 * {@code io.responseledger.cases.commitment.CommitmentTransition}; docs/commitments.md has the diagram.
 */
public enum CommitmentStatus {
    /** Made in a response; nothing reported yet. 未启动 */
    OPEN,
    /** The owner unit reported progress. 推进中 */
    IN_PROGRESS,
    /** The owner unit claims it fulfilled; a supervisor is to verify. 申报已落实 */
    CLAIMED_FULFILLED,
    /** A supervisor verified it as kept. 核查通过 */
    VERIFIED,
    /** A supervisor's verification failed; rectification (整改) is due by the rectification deadline. 核查未通过 */
    VERIFICATION_FAILED,
    /** Its due date (or rectification deadline) passed unfulfilled. 逾期 */
    OVERDUE,
    /** Withdrawn by a supervisor, with a reason. 已撤销 */
    WITHDRAWN
}
