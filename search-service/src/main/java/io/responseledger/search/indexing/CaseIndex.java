package io.responseledger.search.indexing;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.search.index.IndexTargets;

import java.util.List;

/**
 * Where case snapshots are written for search: the live consumer writes one poll of events at a time through
 * the aliases, a rebuild writes into the new indices it fills.
 */
public interface CaseIndex {

    /**
     * Writes the documents of {@code events} (the case, each of its responses and each of its commitments)
     * through the aliases, in one bulk request, at version {@code caseVersion}. A document already at that
     * version or a newer one is left alone. Of several events of one case only the highest version is written:
     * every event carries the whole case, so a lower one would lose anyway.
     *
     * @return one outcome per event, in the order given
     * @throws TransientIndexingException when the batch should be written again later (Elasticsearch
     *                                    unreachable or overloaded, an alias missing); writing it again is
     *                                    harmless, documents already written are then stale
     */
    List<Outcome> write(List<CaseEvent> events);

    /**
     * Like {@link #write(List)}, into the given indices: a rebuild fills new concrete indices this way (with
     * the same external versioning, so replayed and live events can interleave in any order).
     */
    List<Outcome> write(List<CaseEvent> events, IndexTargets targets);

    /** One event on its own, as tests and tools write it. */
    default Outcome write(CaseEvent event) {
        return write(List.of(event)).get(0);
    }

    /**
     * What became of one event.
     *
     * @param documentsWritten documents created or replaced
     * @param documentsStale   documents skipped because the index already held that version or a newer one
     * @param reason           why the index refused the event, for {@link Result#REFUSED} only
     */
    record Outcome(Result result, int documentsWritten, int documentsStale, @Nullable String reason) {

        static Outcome superseded() {
            return new Outcome(Result.SUPERSEDED, 0, 0, null);
        }

        static Outcome refused(String reason) {
            return new Outcome(Result.REFUSED, 0, 0, reason);
        }
    }

    enum Result {
        /** At least one document was created or replaced. */
        WRITTEN,
        /** Every document was already at this version or a newer one: a duplicate or late event. */
        STALE,
        /** A higher version of the same case came in the same batch and was written instead. */
        SUPERSEDED,
        /** The index refuses the documents for good (a mapping conflict, say); {@code reason} says why. */
        REFUSED
    }
}
