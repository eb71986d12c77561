package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** The client changed a case on the strength of a version that is no longer current (If-Match). Answered 409. */
public class StaleCaseVersionException extends RuntimeException {

    private final UUID caseId;
    private final long expectedVersion;
    private final long currentVersion;

    StaleCaseVersionException(UUID caseId, long expectedVersion, long currentVersion) {
        super("Case " + caseId + " is at version " + currentVersion + ", not " + expectedVersion);
        this.caseId = caseId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    /** @throws StaleCaseVersionException unless {@code expected} is absent or equals the case's version */
    public static void check(CaseFile current, @Nullable Long expected) {
        if (expected != null && expected != current.version()) {
            throw new StaleCaseVersionException(current.id(), expected, current.version());
        }
    }

    public UUID caseId() {
        return caseId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
