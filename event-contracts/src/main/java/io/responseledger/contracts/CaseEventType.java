package io.responseledger.contracts;

/** What changed in a case. */
public enum CaseEventType {
    CASE_OPENED,
    CASE_ASSIGNED,
    RESPONSE_RECORDED
}
