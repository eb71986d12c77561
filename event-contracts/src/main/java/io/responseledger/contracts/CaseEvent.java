package io.responseledger.contracts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of a case, as published to {@link Topics#CASE_EVENTS}.
 *
 * <p>Each event carries the whole case as it stands after the change (event-carried state transfer),
 * so a consumer never needs to call back into the case service, and {@code caseVersion} lets it ignore
 * a duplicate or an event that arrives after a newer one.
 *
 * @param eventId     unique per event; consumers deduplicate on it
 * @param caseVersion grows by one with every change of the case
 * @param occurredAt  when the change was committed in the case service
 */
@Serdeable
public record CaseEvent(
        UUID eventId,
        CaseEventType type,
        UUID caseId,
        long caseVersion,
        Instant occurredAt,
        CaseSnapshot snapshot) {
}
