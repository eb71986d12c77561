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
        Instant recordedAt) {
}
