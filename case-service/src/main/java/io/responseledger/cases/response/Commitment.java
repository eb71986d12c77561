package io.responseledger.cases.response;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment (承诺) made in a response: what was promised, by whom, by when, and how it is being kept. Its
 * tracking (progress, claim, verification, overdue, withdrawal) lives in the {@code commitment} package.
 *
 * @param position              its place among the commitments of its response, from 0
 * @param fulfilmentCheck       how fulfilment will be checked, as promised in the response (free text)
 * @param progressPercent       latest reported progress, 0..100; null before any report
 * @param claimedAt             when the owner unit last claimed it fulfilled
 * @param verifiedAt            when a supervisor verified it as kept
 * @param keptOnTime            set when verified: claimed on or before {@code dueDate}
 * @param verificationFailures  how many verifications failed
 * @param rectificationDueDate  after a failed verification: the rectification (整改) deadline
 * @param flagged               claimed or verified while new reports on the case kept arriving
 * @param version               1 when made, one more with every change; clients send it back to change it
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
        Instant createdAt,
        @Nullable String fulfilmentCheck,
        @Nullable Integer progressPercent,
        @Nullable Instant claimedAt,
        @Nullable Instant verifiedAt,
        @Nullable Boolean keptOnTime,
        int verificationFailures,
        @Nullable LocalDate rectificationDueDate,
        boolean flagged,
        @Nullable String withdrawalReason,
        long version,
        @Nullable Instant updatedAt) {

    @Creator
    public Commitment {
    }

    /** A commitment as a response makes it: OPEN, nothing tracked yet. */
    public Commitment(UUID id, UUID caseId, UUID responseId, int position, String content, String ownerUnit,
                      LocalDate dueDate, @Nullable VerificationMethod verificationMethod, CommitmentStatus status,
                      Instant createdAt) {
        this(id, caseId, responseId, position, content, ownerUnit, dueDate, verificationMethod, status, createdAt,
                null, null, null, null, null, 0, null, false, null, 1, createdAt);
    }

    public Commitment withFulfilmentCheck(@Nullable String check) {
        return new Commitment(id, caseId, responseId, position, content, ownerUnit, dueDate, verificationMethod,
                status, createdAt, check, progressPercent, claimedAt, verifiedAt, keptOnTime, verificationFailures,
                rectificationDueDate, flagged, withdrawalReason, version, updatedAt);
    }

    /**
     * The date after which it is overdue: the rectification deadline once a verification failed, else the due
     * date. Both are the last day allowed.
     */
    public LocalDate effectiveDueDate() {
        return rectificationDueDate != null ? rectificationDueDate : dueDate;
    }
}
