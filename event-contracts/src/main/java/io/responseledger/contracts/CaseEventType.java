package io.responseledger.contracts;

/**
 * What changed in a case. Every event carries the whole case after the change, so a consumer that only keeps
 * a copy of the case (the search index) may treat all types alike; the type says why the case changed.
 * docs/events.md is the catalogue. A consumer meeting a type it does not know dead-letters the event:
 * add new types here first and release the consumers before the producer.
 */
public enum CaseEventType {
    /** A case was opened from a report, an import or by hand. */
    CASE_OPENED,
    /** A further report was attached to an open or closed case. */
    REPORT_ATTACHED,
    /** Another case was merged into this one; the other case publishes CASE_MERGED_AWAY. */
    CASES_MERGED,
    /** This case was merged into another and is closed as a duplicate. */
    CASE_MERGED_AWAY,
    /** Topic area, region, severity or co-handling units changed. */
    CASE_DETAILS_CHANGED,
    /** A lead unit (and optionally an assignee) was made responsible. */
    CASE_ASSIGNED,
    /** The case was transferred to another unit, with a reason. */
    CASE_TRANSFERRED,
    /** The unit holding a transferred case accepted it. */
    TRANSFER_ACCEPTED,
    /** Three transfers without acceptance: the case went to the supervisor. */
    CASE_ESCALATED,
    /** The case was rejected as not in scope, with a reason and the right body. */
    CASE_REJECTED,
    /** A closed or rejected case was reopened (new reports, failed verification, or by hand). */
    CASE_REOPENED,
    /** The case was closed. */
    CASE_CLOSED,
    /** The clock stopped while the case waits on the citizen. */
    CASE_PAUSED,
    /** The clock resumed. */
    CASE_RESUMED,
    /** A unit asked for more time. */
    EXTENSION_REQUESTED,
    /** A supervisor approved an extension; the deadline moved. */
    EXTENSION_APPROVED,
    /** A supervisor refused an extension. */
    EXTENSION_REFUSED,
    /** The response deadline passed without a response. */
    CASE_OVERDUE,
    /** An official response (回应) was recorded, with its commitments. */
    RESPONSE_RECORDED,
    /** A commitment's owner reported progress. */
    COMMITMENT_PROGRESS,
    /** A commitment's owner claimed it fulfilled. */
    COMMITMENT_CLAIMED_FULFILLED,
    /** A supervisor verified a commitment as kept. */
    COMMITMENT_VERIFIED,
    /** A supervisor's verification failed; a rectification (整改) deadline was set. */
    COMMITMENT_VERIFICATION_FAILED,
    /** A commitment passed its due date unfulfilled. */
    COMMITMENT_OVERDUE,
    /** A commitment was withdrawn, with a reason. */
    COMMITMENT_WITHDRAWN,
    /** A commitment claimed or verified as kept while new reports on the case keep arriving. */
    COMMITMENT_FLAGGED,
    /** A look-back review (回头看) was recorded for a commitment. */
    COMMITMENT_REVIEWED,
    /** A closed case with its response came from the historical ledger import. */
    CASE_IMPORTED
}
