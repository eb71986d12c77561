package io.responseledger.cases.support;

import io.responseledger.contracts.PersonalData;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Reports as intake publishes them, with realistic content (scenario 1 of SCENARIOS.md). */
public final class Reports {

    /** The reporter's full details, as intake takes them out of the text; the text holds the masked forms. */
    public static final String NAME = "王小明";
    public static final String MOBILE = "13912345678";
    public static final String ID_NUMBER = "110105199001011234";
    public static final String EMAIL = "wang@example.com";

    private Reports() {
    }

    public static ReportSubmitted wageArrears(String topicArea) {
        Instant observed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.MINUTES);
        return new ReportSubmitted(UUID.randomUUID(), ReportSource.WEIBO, "weibo-" + UUID.randomUUID(),
                "XX区某安置房项目拖欠农民工工资三个月",
                "XX区某安置房项目拖欠农民工工资三个月，工人堵门讨薪，转发3200次。", topicArea,
                "https://weibo.example/post/4711", observed.minus(1, ChronoUnit.DAYS), observed,
                observed.plusSeconds(5), null);
    }

    public static ReportSubmitted hotline(String topicArea, String title) {
        Instant observed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.MINUTES);
        // Every call a work order of its own: the same source and external id would join the earlier case.
        return new ReportSubmitted(UUID.randomUUID(), ReportSource.HOTLINE,
                "2026112600" + (int) (Math.random() * 1e6), title,
                "来电人王某反映：" + title + "，请相关部门尽快处理。", topicArea, null, null, observed,
                observed.plusSeconds(2), null);
    }

    /**
     * A hotline call whose text held the caller's mobile and ID-card number: as intake publishes it, the text
     * masked and the originals ({@link #NAME}, {@link #MOBILE}, {@link #ID_NUMBER}, {@link #EMAIL}) in
     * {@code personalData}.
     */
    public static ReportSubmitted hotlineWithPersonalData(String topicArea) {
        Instant observed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.MINUTES);
        return new ReportSubmitted(UUID.randomUUID(), ReportSource.HOTLINE, "2026112600" + (int) (Math.random() * 1e6),
                "小区电梯停运两周无人维修",
                "来电人王**（手机139****5678，身份证110105********1234，邮箱w***@example.com）反映：小区电梯停运两周无人维修。",
                topicArea, null, null, observed, observed.plusSeconds(2),
                new PersonalData(NAME, List.of(MOBILE), List.of(ID_NUMBER), List.of(EMAIL)));
    }
}
