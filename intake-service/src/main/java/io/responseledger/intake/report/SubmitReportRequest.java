package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.contracts.ReportSource;
import io.responseledger.intake.topicarea.KnownTopicArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * The body of {@code POST /api/v1/reports}. Every component is nullable on the wire so that a missing field
 * is reported by validation, together with every other problem, instead of failing deserialisation.
 * Strings are trimmed and blank counts as missing.
 */
@Serdeable
public record SubmitReportRequest(
        @Nullable @NotBlank(message = "必填") @Size(max = 200, message = "不能超过 {max} 个字符") String title,
        @Nullable @NotBlank(message = "必填") @Size(max = 20000, message = "不能超过 {max} 个字符") String body,
        @Nullable @NotNull(message = "必填，可选：WEIBO, WECHAT, NEWS, FORUM, SHORT_VIDEO, HOTLINE, OTHER")
        ReportSource source,
        @Nullable @KnownTopicArea String topicArea,
        @Nullable @HttpUrl String url,
        @Nullable @Size(max = 200, message = "不能超过 {max} 个字符") String externalId,
        @Nullable Instant occurredAt,
        @Nullable @NotNull(message = "必填") @NotInFuture Instant observedAt) {

    public SubmitReportRequest {
        title = Text.clean(title);
        body = Text.clean(body);
        topicArea = Text.clean(topicArea);
        url = Text.clean(url);
        externalId = Text.clean(externalId);
    }

    ReportDraft toDraft() {
        return new ReportDraft(source, externalId, title, body, topicArea, url, occurredAt, observedAt, null, null);
    }

    /** Keeps the text, which may hold personal data, out of logs and exception messages that print a request. */
    @Override
    public String toString() {
        return "SubmitReportRequest[source=" + source + ", externalId=" + externalId + ", topicArea=" + topicArea + "]";
    }
}
