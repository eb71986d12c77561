package io.responseledger.search.rebuild;

/** Where a rebuild stands. Only RUNNING changes; SWITCHED and FAILED are final. */
public enum RebuildState {
    /** Reading the topic into new indices; searches are still answered from the old ones. */
    RUNNING,
    /** The aliases point at the new indices and every event up to the switch is in them. */
    SWITCHED,
    /** Stopped before the switch (or, rarely, while cleaning up after it); {@code error} says why. */
    FAILED
}
