package io.responseledger.search.indexing;

import io.responseledger.contracts.CaseEvent;

/** Where case snapshots are written for search. */
public interface CaseIndex {

    /**
     * Writes the case and each of its responses at version {@code event.caseVersion()}. A document already
     * at that version or a newer one is left alone.
     *
     * @throws TransientIndexingException       when the write should be tried again later
     * @throws InvalidCaseEventException when the index refuses the documents for good
     */
    WriteOutcome write(CaseEvent event) throws InvalidCaseEventException;

    /**
     * @param written documents created or replaced
     * @param stale   documents skipped because the index already held that version or a newer one
     */
    record WriteOutcome(int written, int stale) {
    }
}
