package io.responseledger.cases.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * An official response (回应) to a case, as published.
 *
 * @param recordedAt when it was recorded here, as opposed to when it was published
 * @param recordedBy the token subject of the officer who recorded it; null for responses recorded before
 *                   authentication existed
 */
@MappedEntity("case_response")
public record Response(
        @Id UUID id,
        UUID caseId,
        String text,
        ResponseChannel channel,
        String publishingUnit,
        Instant publishedAt,
        @Nullable String url,
        Instant recordedAt,
        @Nullable String recordedBy) {
}
