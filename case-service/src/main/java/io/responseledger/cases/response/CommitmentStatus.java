package io.responseledger.cases.response;

/** Where a commitment stands. Progress, claims, verification and breach come with commitment tracking. */
public enum CommitmentStatus {
    /** Made in a response, not yet fulfilled. */
    OPEN
}
