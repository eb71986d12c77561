package io.responseledger.search.rebuild;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A rebuild as the admin endpoint shows it.
 *
 * @param step             finer progress of a running rebuild (REPLAYING, CATCHING_UP, SWITCHING, ...)
 * @param eventsRead       records of {@code case.events.v1} read so far
 * @param eventsTotal      records to read: those on the topic when the rebuild started, raised by those that
 *                         arrived meanwhile as the rebuild catches up with them
 * @param eventsSkipped    records that are not indexable events (the live consumer dead-lettered them)
 * @param documentsWritten case, response and commitment documents written into the new indices
 * @param newIndices       the new concrete index of each kind (cases, responses, commitments)
 * @param previousIndices  the indices the aliases pointed at before the switch
 * @param removedIndices   old indices deleted after the switch (beyond {@code keep-previous})
 */
@Serdeable
public record RebuildView(
        UUID id,
        RebuildState state,
        RebuildStep step,
        long eventsRead,
        long eventsTotal,
        long eventsSkipped,
        long documentsWritten,
        Instant startedAt,
        @Nullable Instant switchedAt,
        @Nullable Instant finishedAt,
        Map<String, String> newIndices,
        List<String> previousIndices,
        List<String> removedIndices,
        @Nullable String error) {
}
