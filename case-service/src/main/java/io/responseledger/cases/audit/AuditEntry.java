package io.responseledger.cases.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a case's audit trail: who did what to the case, when, and for changes the state before and
 * after. Written once, never changed.
 *
 * @param actor       the token subject ({@code sub})
 * @param actorRoles  the actor's roles at the time, sorted, comma-separated
 * @param actorUnit   the actor's unit at the time, for officers
 * @param detail      JSON: what the action concerned (e.g. which reports' contacts were shown); never personal data
 * @param beforeState JSON: the relevant state before a change
 * @param afterState  JSON: the same state after it
 */
@MappedEntity("audit_entry")
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        UUID caseId,
        String actor,
        String actorRoles,
        @Nullable String actorUnit,
        AuditAction action,
        Instant occurredAt,
        @Nullable String detail,
        @Nullable String beforeState,
        @Nullable String afterState) {
}
