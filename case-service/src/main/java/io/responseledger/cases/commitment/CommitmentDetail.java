package io.responseledger.cases.commitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.cases.response.Commitment;
import io.responseledger.cases.response.CommitmentStatus;
import io.responseledger.cases.response.VerificationMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One commitment with its whole history, as the API shows it: progress reports with their evidence (files by
 * name and download path, not their bytes), verifications and look-back reviews. Every field always present.
 *
 * @param version send it back as {@code expectedVersion} to change the commitment
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CommitmentDetail(
        UUID id,
        UUID caseId,
        UUID responseId,
        String content,
        String ownerUnit,
        LocalDate dueDate,
        @Nullable VerificationMethod verificationMethod,
        @Nullable String fulfilmentCheck,
        CommitmentStatus status,
        @Nullable Integer progressPercent,
        @Nullable Instant claimedAt,
        @Nullable Instant verifiedAt,
        @Nullable Boolean keptOnTime,
        int verificationFailures,
        @Nullable LocalDate rectificationDueDate,
        boolean flagged,
        @Nullable String withdrawalReason,
        long version,
        Instant createdAt,
        @Nullable Instant updatedAt,
        List<ProgressView> progress,
        List<VerificationView> verifications,
        List<ReviewView> reviews) {

    static CommitmentDetail of(Commitment c, List<CommitmentProgress> progress, List<CommitmentEvidence> evidence,
                               List<CommitmentVerification> verifications, List<CommitmentReview> reviews) {
        Map<UUID, List<EvidenceView>> evidenceByProgress = evidence.stream()
                .collect(java.util.stream.Collectors.groupingBy(CommitmentEvidence::progressId,
                        java.util.stream.Collectors.mapping(e -> EvidenceView.of(c.id(), e),
                                java.util.stream.Collectors.toList())));
        return new CommitmentDetail(c.id(), c.caseId(), c.responseId(), c.content(), c.ownerUnit(), c.dueDate(),
                c.verificationMethod(), c.fulfilmentCheck(), c.status(), c.progressPercent(), c.claimedAt(),
                c.verifiedAt(), c.keptOnTime(), c.verificationFailures(), c.rectificationDueDate(), c.flagged(),
                c.withdrawalReason(), c.version(), c.createdAt(), c.updatedAt(),
                progress.stream().map(p -> new ProgressView(p.id(), p.progressPercent(), p.note(),
                        p.claimsFulfilled(), p.reportedBy(), p.reportedAt(),
                        evidenceByProgress.getOrDefault(p.id(), List.of()))).toList(),
                verifications.stream().map(VerificationView::of).toList(),
                reviews.stream().map(ReviewView::of).toList());
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProgressView(UUID id, int progressPercent, @Nullable String note, boolean claimsFulfilled,
                        String reportedBy, Instant reportedAt, List<EvidenceView> evidence) {
    }

    /**
     * @param kind     LINK or FILE
     * @param url      the link; for a file, the path to download it
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EvidenceView(UUID id, String kind, String url, @Nullable String fileName, @Nullable String contentType,
                        @Nullable Long sizeBytes, @Nullable String sha256, Instant addedAt) {

        static EvidenceView of(UUID commitmentId, CommitmentEvidence e) {
            String url = CommitmentEvidence.FILE.equals(e.kind())
                    ? "/api/v1/commitments/" + commitmentId + "/evidence/" + e.id() : e.url();
            return new EvidenceView(e.id(), e.kind(), url, e.fileName(), e.contentType(), e.sizeBytes(), e.sha256(),
                    e.addedAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VerificationView(UUID id, String verifiedBy, Instant verifiedAt, VerificationMethod method,
                            VerificationOutcome outcome, @Nullable String finding,
                            @Nullable LocalDate rectificationDueDate) {

        static VerificationView of(CommitmentVerification v) {
            return new VerificationView(v.id(), v.verifiedBy(), v.verifiedAt(), v.method(), v.outcome(), v.finding(),
                    v.rectificationDueDate());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReviewView(UUID id, String reviewer, Instant reviewedAt, String finding, ReviewConclusion conclusion) {

        static ReviewView of(CommitmentReview r) {
            return new ReviewView(r.id(), r.reviewer(), r.reviewedAt(), r.finding(), r.conclusion());
        }
    }
}
