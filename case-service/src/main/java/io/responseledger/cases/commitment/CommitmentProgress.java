package io.responseledger.cases.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One progress report on a commitment by its owner unit; the claim of fulfilment is one too.
 *
 * @param note the officer's text: shown on the commitment, never put into events or the audit trail
 */
@MappedEntity("commitment_progress")
record CommitmentProgress(
        @Id UUID id,
        UUID commitmentId,
        UUID caseId,
        int progressPercent,
        @Nullable String note,
        boolean claimsFulfilled,
        String reportedBy,
        Instant reportedAt) {
}
