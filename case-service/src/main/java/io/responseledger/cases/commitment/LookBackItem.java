package io.responseledger.cases.commitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.cases.response.CommitmentStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of the look-back list: the commitment, its case, where it stands, its latest verification and latest
 * review (null when none), and how many reviews it had.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record LookBackItem(
        UUID commitmentId,
        UUID caseId,
        String caseTitle,
        String topicArea,
        String content,
        String ownerUnit,
        LocalDate dueDate,
        @Nullable LocalDate rectificationDueDate,
        CommitmentStatus status,
        @Nullable Integer progressPercent,
        @Nullable Instant claimedAt,
        @Nullable Instant verifiedAt,
        @Nullable Boolean keptOnTime,
        int verificationFailures,
        boolean flagged,
        long version,
        @Nullable CommitmentDetail.VerificationView lastVerification,
        @Nullable CommitmentDetail.ReviewView lastReview,
        int reviewCount) {

    UUID id() {
        return commitmentId;
    }
}
