package io.responseledger.cases.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.responseledger.cases.response.VerificationMethod;

import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;

/** One verification (核查) of a commitment by a supervisor: who, when, how, with what outcome. */
@MappedEntity("commitment_verification")
record CommitmentVerification(
        @Id UUID id,
        UUID commitmentId,
        UUID caseId,
        String verifiedBy,
        Instant verifiedAt,
        VerificationMethod method,
        VerificationOutcome outcome,
        @Nullable String finding,
        @Nullable LocalDate rectificationDueDate) {
}
