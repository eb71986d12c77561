package io.responseledger.cases.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A case event waiting to be relayed to Kafka, or already relayed ({@code publishedAt} set).
 *
 * @param id      ascending in commit order per case, so relaying by id keeps each case's events in order
 * @param payload the {@link io.responseledger.contracts.CaseEvent} as JSON, exactly as it goes on the topic
 */
@MappedEntity("case_outbox")
public record OutboxEntry(
        @Id @GeneratedValue @Nullable Long id,
        UUID eventId,
        String eventType,
        UUID caseId,
        long caseVersion,
        String payload,
        Instant createdAt,
        @Nullable Instant publishedAt) {
}
