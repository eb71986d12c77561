package io.responseledger.cases.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns a past ledger may have, each recognised by its Chinese header (as in the office's own exports, e.g.
 * 留言编号, 留言时间, 答复意见) or by its English one (docs/ledger.md). Headers are matched ignoring surrounding
 * spaces (also U+3000 and U+00A0), a byte-order mark, case, and {@code _ - space} in English names; columns with
 * other headers are ignored.
 */
enum LedgerColumn {
    MESSAGE_ID(false, "留言编号", "编号", "message_id", "id"),
    AUTHOR(false, "留言用户", "留言人", "author"),
    SUBJECT(false, "留言主题", "主题", "标题", "subject", "title"),
    POSTED_AT(true, "留言时间", "posted_at", "message_time"),
    MESSAGE(true, "留言详情", "留言内容", "message", "body"),
    REPLY(true, "答复意见", "答复内容", "reply"),
    REPLIED_AT(true, "答复时间", "replied_at", "reply_time"),
    UNIT(false, "答复单位", "责任单位", "unit"),
    TOPIC_AREA(false, "话题领域", "topic_area", "topic");

    private final boolean required;
    private final String chineseHeader;
    private final Set<String> headers;

    /** @param headers the Chinese header of the office's files first */
    LedgerColumn(boolean required, String... headers) {
        this.required = required;
        this.chineseHeader = headers[0];
        this.headers = Set.of(headers).stream().map(LedgerColumn::normalise).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The Chinese header the office's files use. */
    String chineseHeader() {
        return chineseHeader;
    }

    /**
     * Where each known column is in a header row.
     *
     * @throws ImportFailure naming the required columns the header lacks
     */
    static Map<LedgerColumn, Integer> locate(List<String> headerRow) {
        Map<LedgerColumn, Integer> positions = new EnumMap<>(LedgerColumn.class);
        for (int i = 0; i < headerRow.size(); i++) {
            Optional<LedgerColumn> column = of(headerRow.get(i));
            if (column.isPresent() && !positions.containsKey(column.get())) {
                positions.put(column.get(), i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (LedgerColumn column : values()) {
            if (column.required && !positions.containsKey(column)) {
                missing.add(column.chineseHeader() + "（" + column.name().toLowerCase(Locale.ROOT) + "）");
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFailure("表头缺少必需的列：" + String.join("、", missing)
                    + "；第一行必须是表头，例如 留言编号,留言用户,留言主题,留言时间,留言详情,答复意见,答复时间");
        }
        return positions;
    }

    private static Optional<LedgerColumn> of(String header) {
        String key = normalise(header);
        for (LedgerColumn column : values()) {
            if (column.headers.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String header) {
        String stripped = LedgerText.strip(header == null ? "" : header.replace("\uFEFF", ""));
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
