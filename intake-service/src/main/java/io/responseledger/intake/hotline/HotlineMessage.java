package io.responseledger.intake.hotline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.contracts.HotlineOrder;
import io.responseledger.contracts.ReportSource;
import io.responseledger.intake.report.NotInFuture;
import io.responseledger.intake.report.ReportDraft;
import io.responseledger.intake.report.ReportSubmission;
import io.responseledger.intake.report.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A work order (工单) of the 12345 citizen hotline, as the platform sends it to the webhook or publishes it to
 * {@code hotline.messages.raw.v1} (docs/hotline.md). Like a report, every component is nullable on the wire so
 * that validation names every missing field at once; strings are trimmed and blank counts as missing.
 *
 * @param workOrderNo    the hotline's work-order number (工单号); the report's external id
 * @param callerName     personal data: kept apart from the text, masked where the text repeats it
 * @param callerPhone    personal data: kept apart from the text
 * @param receivedAt     when the hotline took the call
 * @param category       the hotline's own category, e.g. 劳动保障/欠薪
 * @param content        what the caller said, as the operator wrote it down
 * @param timeLimitHours the work order's handling time limit (办理时限) in hours from {@code receivedAt}
 */
@Serdeable
@Schema(name = "HotlineMessage", description = "12345 热线工单")
public record HotlineMessage(
        @Schema(description = "工单号", example = "2026112600123")
        @Nullable @NotBlank(message = "必填") @Size(max = 64, message = "不能超过 {max} 个字符")
        @Pattern(regexp = "[0-9A-Za-z_\\-０-９Ａ-Ｚａ-ｚ＿－]*", message = "只能包含字母、数字、- 和 _") String workOrderNo,
        @Schema(description = "来电人姓名（个人信息，单独保存，不进入正文）", example = "王小明")
        @Nullable @Size(max = 50, message = "不能超过 {max} 个字符") String callerName,
        @Schema(description = "来电人电话（个人信息，单独保存）", example = "13800138000")
        @Nullable @Size(max = 40, message = "不能超过 {max} 个字符") String callerPhone,
        @Schema(description = "热线受理时间", example = "2026-11-26T09:40:00+08:00")
        @Nullable @NotNull(message = "必填") @NotInFuture Instant receivedAt,
        @Schema(description = "热线自己的分类", example = "劳动保障/欠薪")
        @Nullable String category,
        @Schema(description = "来电内容", example = "来电人反映，其在XX区安置房项目从事木工，今年9月至今工资未结清。")
        @Nullable @NotBlank(message = "必填") String content,
        @Schema(description = "办理时限（小时）", example = "72")
        @Nullable @Positive(message = "必须是正整数") @Max(value = 8760, message = "不能超过 {value} 小时")
        Integer timeLimitHours) implements ReportSubmission {

    /** How this format names the fields of a report, for rejections. */
    private static final Map<String, String> WIRE_NAMES = Map.of(
            "body", "content", "observedAt", "receivedAt", "externalId", "workOrderNo", "title", "category");

    public HotlineMessage {
        workOrderNo = Text.clean(workOrderNo);
        callerName = Text.clean(callerName);
        callerPhone = Text.clean(callerPhone);
        category = Text.clean(category);
        content = Text.clean(content);
    }

    /**
     * The same report as a monitor's: source HOTLINE, the work-order number as external id (so both hotline
     * channels derive the same report id for one work order), topic area left to routing, the title built by
     * the pipeline from the work order.
     */
    @Override
    public ReportDraft toDraft() {
        Instant handlingDueAt = timeLimitHours == null ? null : receivedAt.plus(Duration.ofHours(timeLimitHours));
        return new ReportDraft(ReportSource.HOTLINE, workOrderNo, null, content, null, null, null, receivedAt,
                null, null, null, null, callerName, callerPhone,
                new HotlineOrder(workOrderNo, category, receivedAt, handlingDueAt), WIRE_NAMES);
    }

    /** Keeps the caller's details and what they said out of logs and exception messages. */
    @Override
    public String toString() {
        return "HotlineMessage[workOrderNo=" + workOrderNo + "]";
    }
}
