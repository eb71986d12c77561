package io.responseledger.cases.audit;

/** What an audit entry records. */
public enum AuditAction {
    /** Full contact details of a case's reports were shown to the actor. */
    CONTACTS_REVEALED,
    /** The lead unit was set or changed; before and after hold status and lead unit. */
    CASE_ASSIGNED,
    /** An official response was recorded; the detail names it, before and after hold the status. */
    RESPONSE_RECORDED,
    /** The case came from a historical ledger import; the detail names the import and the row. */
    CASE_IMPORTED
}
