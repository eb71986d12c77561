package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.intake.topicarea.KnownTopicArea;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.Map;

/**
 * A monitor's report: the body of {@code POST /api/v1/reports} and each item of the batch. Every component is
 * nullable on the wire so that a missing field is reported by validation, together with every other problem,
 * instead of failing deserialisation. Strings are trimmed and blank counts as missing; length limits apply
 * to the normalised text and are checked by {@link ReportPipeline}.
 */
@Serdeable
@Schema(name = "SubmitReportRequest", description = "舆情监测员上报的一条舆情")
public record SubmitReportRequest(
        @Schema(description = "标题，规范化后不超过 200 个字符", example = "XX区安置房项目拖欠农民工工资")
        @Nullable @NotBlank(message = "必填") String title,
        @Schema(description = "正文，可为从社交媒体复制的 HTML 片段（会去除标签），规范化后不超过 20000 个字符",
                example = "网友@城南小李 发帖称：工人堵门讨薪，已三个月未发工资。联系电话13912345678")
        @Nullable @NotBlank(message = "必填") String body,
        @Schema(description = "来源平台：WEIBO（微博）、WECHAT（微信）、NEWS（新闻网站）、FORUM（论坛）、"
                + "SHORT_VIDEO（短视频）、HOTLINE（12345热线）、OTHER（其他），也可直接写中文名称", example = "微博")
        @Nullable @NotNull(message = Labels.SOURCE_REQUIRED_MESSAGE)
        @Pattern(regexp = Labels.SOURCE_PATTERN, message = Labels.SOURCE_MESSAGE) String source,
        @Schema(description = "话题领域代码；不填则由系统建议", example = "wage-arrears")
        @Nullable @KnownTopicArea String topicArea,
        @Schema(description = "原帖网址", example = "https://weibo.com/1234567890/NabcXYZ")
        @Nullable @HttpUrl String url,
        @Schema(description = "来源平台上的编号（帖子 ID）；同一来源同一编号视为同一报告", example = "NabcXYZ")
        @Nullable String externalId,
        @Schema(description = "事件发生时间", example = "2026-11-25T18:00:00+08:00")
        @Nullable Instant occurredAt,
        @Schema(description = "监测员发现的时间", example = "2026-11-26T09:10:00+08:00")
        @Nullable @NotNull(message = "必填") @NotInFuture Instant observedAt,
        @Schema(description = "涉及的行政区划", example = "长沙市岳麓区")
        @Nullable String region,
        @Schema(description = "发帖账号（平台上的用户名，不是真实姓名）", example = "城南小李")
        @Nullable String authorHandle,
        @Schema(description = "发现时的转发、评论、点赞数")
        @Nullable @Valid EngagementCounts engagement,
        @Schema(description = "严重程度：GENERAL（一般）、LARGE（较大）、MAJOR（重大）、EXTRAORDINARY（特别重大），也可写中文",
                example = "一般")
        @Nullable @Pattern(regexp = Labels.SEVERITY_PATTERN, message = Labels.SEVERITY_MESSAGE) String severity)
        implements ReportSubmission {

    public SubmitReportRequest {
        title = Text.clean(title);
        body = Text.clean(body);
        source = Text.clean(source);
        topicArea = Text.clean(topicArea);
        url = Text.clean(url);
        externalId = Text.clean(externalId);
        region = Text.clean(region);
        authorHandle = Text.clean(authorHandle);
        severity = Text.clean(severity);
    }

    /** A report with only the fields of the first release. */
    public SubmitReportRequest(String title, String body, String source, String topicArea, String url,
                               String externalId, Instant occurredAt, Instant observedAt) {
        this(title, body, source, topicArea, url, externalId, occurredAt, observedAt, null, null, null, null);
    }

    @Override
    public ReportDraft toDraft() {
        return new ReportDraft(Labels.source(source), externalId, title, body, topicArea, url, occurredAt,
                observedAt, region, authorHandle, engagement == null ? null : engagement.toEngagement(),
                Labels.severity(severity), null, null, null, Map.of());
    }

    /** Keeps the text, which may hold personal data, out of logs and exception messages that print a request. */
    @Override
    public String toString() {
        return "SubmitReportRequest[source=" + source + ", externalId=" + externalId + ", topicArea=" + topicArea + "]";
    }
}
