package io.responseledger.cases.audit;

/** What an audit entry records. */
public enum AuditAction {
    /** Full contact details of a case's reports were shown to the actor. */
    CONTACTS_REVEALED,
    /** The lead unit was set or changed; before and after hold status and lead unit. */
    CASE_ASSIGNED,
    /** An official response was recorded; the detail names it, before and after hold the status. */
    RESPONSE_RECORDED,
    /** A further report joined the case (automatically by thread or work order, or by a monitor). */
    REPORT_ATTACHED,
    /** A report was moved from this case to another by a monitor. */
    REPORT_DETACHED,
    /** Another case was merged into this one; the detail names it. */
    CASES_MERGED,
    /** This case was merged into another and closed. */
    CASE_MERGED_AWAY,
    /** Topic area, region, severity or co-handling units changed. */
    CASE_DETAILS_CHANGED,
    /** Transferred to another unit; the detail holds both units and the reason. */
    CASE_TRANSFERRED,
    /** The receiving unit accepted a transfer. */
    TRANSFER_ACCEPTED,
    /** Three transfers without acceptance sent the case to the supervisor. */
    CASE_ESCALATED,
    /** Rejected as not in scope; the detail holds the reason and the right body. */
    CASE_REJECTED,
    /** Reopened; the detail says why. */
    CASE_REOPENED,
    /** Closed. */
    CASE_CLOSED,
    /** The clock was paused while the case waits on the citizen. */
    CASE_PAUSED,
    /** The clock resumed; the deadline moved by the time paused. */
    CASE_RESUMED,
    /** A unit asked for more time. */
    EXTENSION_REQUESTED,
    /** A supervisor approved an extension. */
    EXTENSION_APPROVED,
    /** A supervisor refused an extension. */
    EXTENSION_REFUSED,
    /** The response deadline passed without a response (the overdue job). */
    CASE_OVERDUE,
    /*
     * Commitment tracking (docs/commitments.md). The detail names the commitment (and the progress, verification
     * or review record); before and after hold the commitment's tracked state, never notes or file names.
     */
    /** The owner unit reported progress, with links or a file as evidence. */
    COMMITMENT_PROGRESS_REPORTED,
    /** The owner unit claimed a commitment fulfilled. */
    COMMITMENT_CLAIMED_FULFILLED,
    /** A supervisor verified a commitment as kept. */
    COMMITMENT_VERIFIED,
    /** A supervisor's verification failed and set a rectification deadline. */
    COMMITMENT_VERIFICATION_FAILED,
    /** The overdue job found a commitment past its due date or rectification deadline. */
    COMMITMENT_OVERDUE,
    /** A supervisor withdrew a commitment, with a reason. */
    COMMITMENT_WITHDRAWN,
    /** A commitment claimed or verified was flagged because new reports arrived on its case. */
    COMMITMENT_FLAGGED,
    /** A supervisor recorded a look-back review (回头看) of a commitment. */
    COMMITMENT_REVIEWED,
    /** The case came from a historical ledger import; the detail names the import and the row. */
    CASE_IMPORTED
}
