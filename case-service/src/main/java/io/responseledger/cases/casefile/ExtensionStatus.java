package io.responseledger.cases.casefile;

/** Where a request for more time stands. */
public enum ExtensionStatus {
    /** Waiting for a supervisor. */
    REQUESTED,
    APPROVED,
    REFUSED
}
