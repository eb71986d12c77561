package io.responseledger.cases.commitment;

import java.util.UUID;

/** The client changed a commitment as it was at an older version: someone changed it since. Answered with 409. */
public class StaleCommitmentException extends RuntimeException {

    private final UUID commitmentId;
    private final long expectedVersion;
    private final long currentVersion;

    StaleCommitmentException(UUID commitmentId, long expectedVersion, long currentVersion) {
        super("Commitment " + commitmentId + " is at version " + currentVersion + ", not " + expectedVersion);
        this.commitmentId = commitmentId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public UUID commitmentId() {
        return commitmentId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
