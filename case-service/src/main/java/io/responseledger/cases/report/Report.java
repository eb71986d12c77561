package io.responseledger.cases.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.responseledger.contracts.Engagement;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Severity;

import java.time.Instant;
import java.util.UUID;

/**
 * An opinion report as received from intake, attached to the case it opened or joined.
 *
 * @param id              the report id intake assigned; also what makes a redelivered report a no-op
 * @param receivedAt      when this service stored it
 * @param workOrderNumber the hotline work order (工单号) it came from; later reports on it join the same case
 * @param hotlineDueAt    the work order's own handling time limit, if it gave one
 */
@MappedEntity("opinion_report")
public record Report(
        @Id UUID id,
        UUID caseId,
        ReportSource source,
        @Nullable String externalId,
        String title,
        String body,
        String topicArea,
        @Nullable String url,
        @Nullable Instant occurredAt,
        Instant observedAt,
        Instant submittedAt,
        Instant receivedAt,
        @Nullable String region,
        @Nullable Severity severity,
        long engagementReposts,
        long engagementComments,
        long engagementLikes,
        @Nullable String workOrderNumber,
        @Nullable Instant hotlineDueAt) {

    /** The first release's fields only (imports, older callers). */
    public Report(UUID id, UUID caseId, ReportSource source, @Nullable String externalId, String title, String body,
                  String topicArea, @Nullable String url, @Nullable Instant occurredAt, Instant observedAt,
                  Instant submittedAt, Instant receivedAt) {
        this(id, caseId, source, externalId, title, body, topicArea, url, occurredAt, observedAt, submittedAt,
                receivedAt, null, null, 0, 0, 0, null, null);
    }

    static Report from(ReportSubmitted submitted, UUID caseId, Instant receivedAt) {
        Engagement engagement = submitted.engagementOrNone();
        return new Report(submitted.reportId(), caseId, submitted.source(), submitted.externalId(),
                submitted.title(), submitted.body(), submitted.topicArea(), submitted.url(), submitted.occurredAt(),
                submitted.observedAt(), submitted.submittedAt(), receivedAt, submitted.region(),
                submitted.severity(), engagement.reposts(), engagement.comments(), engagement.likes(),
                submitted.hotline() == null ? null : submitted.hotline().workOrderNumber(),
                submitted.hotline() == null ? null : submitted.hotline().handlingDueAt());
    }

    public Engagement engagement() {
        return new Engagement(engagementReposts, engagementComments, engagementLikes);
    }

    /** The same report on another case (a monitor attached it there, or its case was merged). */
    public Report movedTo(UUID newCaseId) {
        return new Report(id, newCaseId, source, externalId, title, body, topicArea, url, occurredAt, observedAt,
                submittedAt, receivedAt, region, severity, engagementReposts, engagementComments, engagementLikes,
                workOrderNumber, hotlineDueAt);
    }
}
