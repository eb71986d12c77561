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
    CASE_OVERDUE
}
