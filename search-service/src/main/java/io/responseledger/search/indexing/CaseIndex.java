package io.responseledger.search.indexing;

import io.responseledger.contracts.CaseEvent;
import io.responseledger.search.index.IndexTargets;

/** Where case snapshots are written for search. */
public interface CaseIndex {

    /**
     * Writes the case, each of its responses and each of its commitments through the aliases at version
     * {@code event.caseVersion()}. A document already at that version or a newer one is left alone.
     *
     * @throws TransientIndexingException when the write should be tried again later
     * @throws InvalidCaseEventException  when the index refuses the documents for good
     */
    WriteOutcome write(CaseEvent event) throws InvalidCaseEventException;

    /**
     * Like {@link #write(CaseEvent)}, into the given indices: a rebuild fills new concrete indices this way
     * (with the same external versioning, so replayed and live events can interleave in any order).
     */
    WriteOutcome write(CaseEvent event, IndexTargets targets) throws InvalidCaseEventException;

    /**
     * @param written documents created or replaced
     * @param stale   documents skipped because the index already held that version or a newer one
     */
    record WriteOutcome(int written, int stale) {
    }
}
