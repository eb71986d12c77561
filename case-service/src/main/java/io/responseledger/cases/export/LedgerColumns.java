package io.responseledger.cases.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The ledger's columns with their Chinese headers, and each line's cells as text (times in Beijing time). */
final class LedgerColumns {

    static final List<String> HEADERS = List.of("案件编号", "标题", "话题领域", "地区", "严重程度", "责任单位", "状态",
            "首报时间", "回应时间", "回应渠道", "回应单位", "回应内容", "是否按时", "承诺事项", "承诺责任单位", "承诺期限",
            "承诺状态");

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

    private static final Map<String, String> SEVERITY = Map.of("GENERAL", "一般", "LARGE", "较大", "MAJOR", "重大",
            "EXTRAORDINARY", "特别重大");
    private static final Map<String, String> CASE_STATUS = Map.of("NEW", "新建", "ASSIGNED", "已交办",
            "TRANSFERRING", "转办中", "ESCALATED", "已上报", "RESPONDED", "已回应", "CLOSED", "已办结",
            "REJECTED", "不予受理");
    private static final Map<String, String> CHANNEL = Map.of("PRESS_RELEASE", "新闻通稿", "GOVERNMENT_WEBSITE",
            "政府网站", "WEIBO", "微博", "WECHAT", "微信", "HOTLINE_CALLBACK", "热线回访", "PRESS_CONFERENCE", "新闻发布会",
            "IN_PERSON", "当面答复");
    private static final Map<String, String> COMMITMENT_STATUS = Map.of("OPEN", "待办理", "IN_PROGRESS", "办理中",
            "CLAIMED_FULFILLED", "已申报完成", "VERIFIED", "核查通过", "VERIFICATION_FAILED", "核查未通过",
            "OVERDUE", "已逾期", "WITHDRAWN", "已撤回");

    private LedgerColumns() {
    }

    /** The cells of a line in header order; empty text where there is no value. */
    static List<String> cells(LedgerLine line, Map<String, String> topicAreaNames) {
        return List.of(
                line.caseId().toString(),
                line.title(),
                topicAreaNames.getOrDefault(line.topicArea(), line.topicArea()),
                text(line.region()),
                label(SEVERITY, line.severity()),
                text(line.leadUnit()),
                label(CASE_STATUS, line.status()),
                time(line.openedAt()),
                time(line.respondedAt()),
                label(CHANNEL, line.channel()),
                text(line.publishingUnit()),
                text(line.responseText()),
                line.onTime() == null ? "" : line.onTime() ? "是" : "否",
                text(line.commitment()),
                text(line.commitmentOwner()),
                line.commitmentDue() == null ? "" : line.commitmentDue().toString(),
                label(COMMITMENT_STATUS, line.commitmentStatus()));
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
