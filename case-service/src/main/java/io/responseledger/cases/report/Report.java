package io.responseledger.cases.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;

import java.time.Instant;
import java.util.UUID;

/**
 * An opinion report as received from intake, attached to the case it opened or joined.
 *
 * @param id         the report id intake assigned; also what makes a redelivered report a no-op
 * @param receivedAt when this service stored it
 */
@MappedEntity("opinion_report")
public record Report(
        @Id UUID id,
        UUID caseId,
        ReportSource source,
        @Nullable String externalId,
        String title,
        String body,
        String topicArea,
        @Nullable String url,
        @Nullable Instant occurredAt,
        Instant observedAt,
        Instant submittedAt,
        Instant receivedAt) {

    static Report from(ReportSubmitted submitted, UUID caseId, Instant receivedAt) {
        return new Report(submitted.reportId(), caseId, submitted.source(), submitted.externalId(),
                submitted.title(), submitted.body(), submitted.topicArea(), submitted.url(), submitted.occurredAt(),
                submitted.observedAt(), submitted.submittedAt(), receivedAt);
    }
}
