package io.responseledger.cases.support;

import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reports as intake publishes them, with realistic content (scenario 1 of SCENARIOS.md). */
public final class Reports {

    private Reports() {
    }

    public static ReportSubmitted wageArrears(String topicArea) {
        Instant observed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(10, ChronoUnit.MINUTES);
        return new ReportSubmitted(UUID.randomUUID(), ReportSource.WEIBO, "weibo-" + UUID.randomUUID(),
                "XX区某安置房项目拖欠农民工工资三个月",
                "XX区某安置房项目拖欠农民工工资三个月，工人堵门讨薪，转发3200次。", topicArea,
                "https://weibo.example/post/4711", observed.minus(1, ChronoUnit.DAYS), observed,
                observed.plusSeconds(5));
    }

    public static ReportSubmitted hotline(String topicArea, String title) {
        Instant observed = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.MINUTES);
        return new ReportSubmitted(UUID.randomUUID(), ReportSource.HOTLINE, "2026112600123", title,
                "来电人王某反映：" + title + "，请相关部门尽快处理。", topicArea, null, null, observed,
                observed.plusSeconds(2));
    }
}
