package io.responseledger.cases.importing;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the cells of a row into a {@link LedgerRow}, or says, in Chinese, every reason the row cannot be imported.
 * Reasons name columns and limits, never the row's text (it may hold personal data); they may quote a time or a
 * topic-area value, which cannot.
 */
final class RowCheck {

    static final int MAX_TITLE = 500;
    static final int MAX_MESSAGE_ID = 200;
    static final int MAX_UNIT = 200;
    /** A title made from the message: its first line, this long at most. */
    private static final int DERIVED_TITLE = 40;

    private final Map<LedgerColumn, Integer> columns;
    private final Function<String, Optional<String>> topicAreaCode;
    private final String defaultTopicArea;

    /**
     * @param topicAreaCode the topic-area code of a name or code in the file, if there is one
     */
    RowCheck(Map<LedgerColumn, Integer> columns, Function<String, Optional<String>> topicAreaCode,
             String defaultTopicArea) {
        this.columns = columns;
        this.topicAreaCode = topicAreaCode;
        this.defaultTopicArea = defaultTopicArea;
    }

    /** Either {@code row} or {@code reasons} is set. */
    record Result(@Nullable LedgerRow row, List<String> reasons) {
    }

    Result check(int line, List<String> cells) {
        List<String> reasons = new ArrayList<>();
        String messageId = optional(cells, LedgerColumn.MESSAGE_ID);
        if (messageId != null && messageId.length() > MAX_MESSAGE_ID) {
            reasons.add("留言编号超过 " + MAX_MESSAGE_ID + " 个字符");
        }
        String message = text(cells, LedgerColumn.MESSAGE);
        if (message.isEmpty()) {
            reasons.add("留言详情为空");
        }
        Instant postedAt = time(cells, LedgerColumn.POSTED_AT, reasons);
        String reply = text(cells, LedgerColumn.REPLY);
        if (reply.isEmpty()) {
            reasons.add("答复意见为空");
        }
        Instant repliedAt = time(cells, LedgerColumn.REPLIED_AT, reasons);
        if (postedAt != null && repliedAt != null && repliedAt.isBefore(postedAt)) {
            reasons.add("答复时间早于留言时间");
        }
        String unit = optional(cells, LedgerColumn.UNIT);
        if (unit != null && unit.length() > MAX_UNIT) {
            reasons.add("答复单位超过 " + MAX_UNIT + " 个字符");
        }
        String topicArea = defaultTopicArea;
        String topic = optional(cells, LedgerColumn.TOPIC_AREA);
        if (topic != null) {
            Optional<String> code = topicAreaCode.apply(topic);
            if (code.isPresent()) {
                topicArea = code.get();
            } else {
                reasons.add("话题领域“" + (topic.length() > 50 ? topic.substring(0, 50) + "…" : topic)
                        + "”不存在：请先在话题领域管理中添加，再重新导入");
            }
        }
        if (!reasons.isEmpty()) {
            return new Result(null, List.copyOf(reasons));
        }
        String subject = optional(cells, LedgerColumn.SUBJECT);
        String title = subject != null ? subject : derivedTitle(message);
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 1) + "…";
        }
        return new Result(new LedgerRow(line, messageId, optional(cells, LedgerColumn.AUTHOR), title, postedAt,
                message, reply, repliedAt, unit, topicArea), List.of());
    }

    private Instant time(List<String> cells, LedgerColumn column, List<String> reasons) {
        String value = text(cells, column);
        if (value.isEmpty()) {
            reasons.add(column.chineseHeader() + "为空");
            return null;
        }
        Optional<Instant> parsed = LedgerTimes.parse(value);
        if (parsed.isEmpty()) {
            reasons.add(column.chineseHeader() + "无法识别：“" + (value.length() > 40 ? value.substring(0, 40) + "…"
                    : value) + "”，应为 2019/1/8 10:10:15、2019/1/8 或 2019-01-08 10:10:15");
        }
        return parsed.orElse(null);
    }

    @Nullable
    private String optional(List<String> cells, LedgerColumn column) {
        String value = text(cells, column);
        return value.isEmpty() ? null : value;
    }

    private String text(List<String> cells, LedgerColumn column) {
        Integer at = columns.get(column);
        if (at == null || at >= cells.size()) {
            return "";
        }
        return LedgerText.strip(cells.get(at));
    }

    private static String derivedTitle(String message) {
        String firstLine = LedgerText.strip(message.lines().filter(l -> !LedgerText.isBlank(l)).findFirst()
                .orElse(message));
        return firstLine.length() > DERIVED_TITLE ? firstLine.substring(0, DERIVED_TITLE) + "…" : firstLine;
    }
}
