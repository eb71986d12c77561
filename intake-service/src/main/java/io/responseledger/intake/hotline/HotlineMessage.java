package io.responseledger.intake.hotline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.contracts.ReportSource;
import io.responseledger.intake.personaldata.PersonalDataProtector;
import io.responseledger.intake.report.NotInFuture;
import io.responseledger.intake.report.ReportDraft;
import io.responseledger.intake.report.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A work order (工单) of the 12345 citizen hotline, as the platform posts it to the webhook. Like a report,
 * every component is nullable on the wire so that validation names every missing field at once; strings are
 * trimmed and blank counts as missing.
 *
 * @param workOrderNo    the hotline's work-order number; the report's external id
 * @param callerName     personal data: kept apart from the text, masked where the text repeats it
 * @param callerPhone    personal data: kept apart from the text
 * @param receivedAt     when the hotline took the call
 * @param category       the hotline's own category, e.g. 劳动保障/欠薪
 * @param content        what the caller said, as the operator wrote it down
 * @param timeLimitHours the work order's handling time limit; carried by the hotline, not used yet
 */
@Serdeable
public record HotlineMessage(
        @Nullable @NotBlank(message = "必填") @Size(max = 64, message = "不能超过 {max} 个字符")
        @Pattern(regexp = "[0-9A-Za-z_-]*", message = "只能包含字母、数字、- 和 _") String workOrderNo,
        @Nullable @Size(max = 50, message = "不能超过 {max} 个字符") String callerName,
        @Nullable @Size(max = 40, message = "不能超过 {max} 个字符") String callerPhone,
        @Nullable @NotNull(message = "必填") @NotInFuture Instant receivedAt,
        @Nullable @Size(max = 100, message = "不能超过 {max} 个字符") String category,
        @Nullable @NotBlank(message = "必填") @Size(max = 20000, message = "不能超过 {max} 个字符") String content,
        @Nullable @Positive(message = "必须是正整数") Integer timeLimitHours) {

    static final String TITLE_PREFIX = "12345工单";
    private static final int EXCERPT_LENGTH = 30;

    public HotlineMessage {
        workOrderNo = Text.clean(workOrderNo);
        callerName = Text.clean(callerName);
        callerPhone = Text.clean(callerPhone);
        category = Text.clean(category);
        content = Text.clean(content);
    }

    /** The same report as a monitor's: source HOTLINE, the work-order number as external id, topic area undecided. */
    ReportDraft toDraft() {
        return new ReportDraft(ReportSource.HOTLINE, workOrderNo, title(), content, null, null, null, receivedAt,
                callerName, callerPhone);
    }

    /**
     * {@code 12345工单2026112600123 劳动保障/欠薪}; without a category, the start of the content instead, cut
     * from the masked content so that the cut can never leave part of a number unmasked.
     */
    String title() {
        String about = category != null ? category : excerpt(PersonalDataProtector.mask(content, callerName));
        return TITLE_PREFIX + workOrderNo + " " + about;
    }

    private static String excerpt(String text) {
        String firstLine = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
        if (firstLine.codePointCount(0, firstLine.length()) <= EXCERPT_LENGTH) {
            return firstLine;
        }
        return firstLine.substring(0, firstLine.offsetByCodePoints(0, EXCERPT_LENGTH)) + "…";
    }

    /** Keeps the caller's details and what they said out of logs and exception messages. */
    @Override
    public String toString() {
        return "HotlineMessage[workOrderNo=" + workOrderNo + "]";
    }
}
