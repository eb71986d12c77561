package io.responseledger.cases.audit;

/** What an audit entry records. */
public enum AuditAction {
    /** Full contact details of a case's reports were shown to the actor. */
    CONTACTS_REVEALED,
    /** The lead unit was set or changed; before and after hold status and lead unit. */
    CASE_ASSIGNED,
    /** An official response was recorded; the detail names it, before and after hold the status. */
    RESPONSE_RECORDED,
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
    COMMITMENT_REVIEWED
}
