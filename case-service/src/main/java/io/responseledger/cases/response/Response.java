package io.responseledger.cases.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * An official response (回应) to a case, as published, with its timeliness computed when it was recorded.
 *
 * @param recordedAt           when it was recorded here, as opposed to when it was published
 * @param recordedBy           the token subject of the officer who recorded it; null for responses recorded
 *                             before authentication existed
 * @param visibility           public or internal; null on responses recorded before it existed (public)
 * @param dueAt                the deadline it was measured against (the press-conference deadline for a press
 *                             conference of a major emergency, else the response deadline); null if none applied
 * @param onTime               published by {@code dueAt}; null when there was no deadline
 * @param timeToRespondSeconds from the case's opening to publication, paused time left out
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
        @Nullable String recordedBy,
        @Nullable ResponseVisibility visibility,
        @Nullable Instant dueAt,
        @Nullable Boolean onTime,
        @Nullable Long timeToRespondSeconds) {

    /** The first release's fields only (imports, older callers); public, timeliness unknown. */
    public Response(UUID id, UUID caseId, String text, ResponseChannel channel, String publishingUnit,
                    Instant publishedAt, @Nullable String url, Instant recordedAt, @Nullable String recordedBy) {
        this(id, caseId, text, channel, publishingUnit, publishedAt, url, recordedAt, recordedBy,
                ResponseVisibility.PUBLIC, null, null, null);
    }
}
