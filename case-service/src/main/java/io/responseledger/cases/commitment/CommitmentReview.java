package io.responseledger.cases.commitment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One look-back review (回头看) of a commitment: who reviewed, when, what they found and concluded. */
@MappedEntity("commitment_review")
record CommitmentReview(
        @Id UUID id,
        UUID commitmentId,
        UUID caseId,
        String reviewer,
        Instant reviewedAt,
        String finding,
        ReviewConclusion conclusion) {
}
