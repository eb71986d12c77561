package io.responseledger.cases.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment (承诺) made in a response: what was promised, by whom, by when.
 *
 * @param position its place among the commitments of its response, from 0
 */
@MappedEntity("commitment")
public record Commitment(
        @Id UUID id,
        UUID caseId,
        UUID responseId,
        int position,
        String content,
        String ownerUnit,
        LocalDate dueDate,
        @Nullable VerificationMethod verificationMethod,
        CommitmentStatus status,
        Instant createdAt) {
}
