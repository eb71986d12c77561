package io.responseledger.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as it stands after a change. Carries no personal data beyond what the report text itself holds.
 *
 * @param status    case status: NEW, ASSIGNED, RESPONDED, CLOSED
 * @param leadUnit  the responsible unit (责任单位), once assigned
 */
@Serdeable
public record CaseSnapshot(
        UUID id,
        String title,
        String topicArea,
        String status,
        @Nullable String leadUnit,
        Instant openedAt,
        Instant updatedAt,
        List<Report> reports,
        List<Response> responses) {

    /** A report attached to the case. */
    @Serdeable
    public record Report(
            UUID id,
            ReportSource source,
            @Nullable String externalId,
            String title,
            String body,
            @Nullable String url,
            Instant observedAt) {
    }

    /** An official response (回应) recorded on the case. */
    @Serdeable
    public record Response(
            UUID id,
            String text,
            String channel,
            String publishingUnit,
            Instant publishedAt,
            @Nullable String url,
            List<Commitment> commitments) {
    }

    /** A commitment (承诺) made in a response. */
    @Serdeable
    public record Commitment(
            UUID id,
            String content,
            String ownerUnit,
            LocalDate dueDate,
            String status) {
    }
}
