package io.responseledger.contracts;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import java.util.UUID;

/**
 * A case as it stands after a change. Carries no personal data beyond what the (masked) report text holds.
 * Fields added after the first release are nullable so that events written before them still read.
 *
 * @param status        case status: NEW, ASSIGNED, TRANSFERRING, ESCALATED, RESPONDED, CLOSED, REJECTED
 * @param leadUnit      the lead responsible unit (牵头责任单位), once assigned
 * @param region        administrative region, if known
 * @param severity      一般 / 较大 / 重大 / 特别重大
 * @param coUnits       co-handling units (协办单位)
 * @param reportCount   how many reports are attached (part of heat)
 * @param engagement    summed engagement of the attached reports (part of heat)
 * @param responseDueAt when the response is due under the deadline policy, extensions and pauses included
 * @param overdue       whether the response deadline has passed without a response
 * @param transferCount transfers between units so far
 * @param closedAt      when the case was last closed or rejected
 * @param mergedInto    the case this one was merged into, if it was
 */
@Serdeable
public record CaseSnapshot(
        UUID id,
        String title,
        String topicArea,
        String status,
        @Nullable String leadUnit,
        Instant openedAt,
        Instant updatedAt,
        List<Report> reports,
        List<Response> responses,
        @Nullable String region,
        @Nullable Severity severity,
        @Nullable List<String> coUnits,
        @Nullable Integer reportCount,
        @Nullable Engagement engagement,
        @Nullable Instant responseDueAt,
        @Nullable Boolean overdue,
        @Nullable Integer transferCount,
        @Nullable Instant closedAt,
        @Nullable UUID mergedInto) {

    @Creator
    public CaseSnapshot {
        reports = reports == null ? List.of() : List.copyOf(reports);
        responses = responses == null ? List.of() : List.copyOf(responses);
        coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
    }

    /** A snapshot with only the fields of the first release (older callers and tests). */
    public CaseSnapshot(UUID id, String title, String topicArea, String status, @Nullable String leadUnit,
                        Instant openedAt, Instant updatedAt, List<Report> reports, List<Response> responses) {
        this(id, title, topicArea, status, leadUnit, openedAt, updatedAt, reports, responses,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** A report attached to the case. */
    @Serdeable
    public record Report(
            UUID id,
            ReportSource source,
            @Nullable String externalId,
            String title,
            String body,
            @Nullable String url,
            Instant observedAt) {
    }

    /**
     * An official response (回应) recorded on the case.
     *
     * @param visibility PUBLIC or INTERNAL
     * @param dueAt      the response deadline it was measured against
     * @param onTime     whether it was published by {@code dueAt}; null when there was no deadline
     */
    @Serdeable
    public record Response(
            UUID id,
            String text,
            String channel,
            String publishingUnit,
            Instant publishedAt,
            @Nullable String url,
            List<Commitment> commitments,
            @Nullable String visibility,
            @Nullable Instant dueAt,
            @Nullable Boolean onTime) {

        @Creator
        public Response {
            commitments = commitments == null ? List.of() : List.copyOf(commitments);
        }

        public Response(UUID id, String text, String channel, String publishingUnit, Instant publishedAt,
                        @Nullable String url, List<Commitment> commitments) {
            this(id, text, channel, publishingUnit, publishedAt, url, commitments, null, null, null);
        }
    }

    /**
     * A commitment (承诺) made in a response.
     *
     * @param status          OPEN, IN_PROGRESS, CLAIMED_FULFILLED, VERIFIED, VERIFICATION_FAILED, OVERDUE, WITHDRAWN
     * @param fulfilmentCheck how fulfilment will be checked, as promised
     * @param progressPercent latest reported progress, 0..100
     * @param claimedAt       when the owner last claimed it fulfilled
     * @param verifiedAt      when a supervisor verified it as kept
     * @param keptOnTime      once verified: whether it was fulfilled by its due date; null before
     * @param rectificationDueDate after a failed verification: the rectification (整改) deadline
     * @param flagged         claimed or verified while new reports about the case keep arriving
     */
    @Serdeable
    public record Commitment(
            UUID id,
            String content,
            String ownerUnit,
            LocalDate dueDate,
            String status,
            @Nullable String fulfilmentCheck,
            @Nullable Integer progressPercent,
            @Nullable Instant claimedAt,
            @Nullable Instant verifiedAt,
            @Nullable Boolean keptOnTime,
            @Nullable LocalDate rectificationDueDate,
            @Nullable Boolean flagged) {

        @Creator
        public Commitment {
        }

        public Commitment(UUID id, String content, String ownerUnit, LocalDate dueDate, String status) {
            this(id, content, ownerUnit, dueDate, status, null, null, null, null, null, null, null);
        }
    }
}
