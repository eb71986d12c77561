package io.responseledger.contracts;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false)
class CaseEventSerdeTest {

    @Inject
    ObjectMapper objectMapper;

    @Test
    void caseEventSurvivesARoundTripThroughJsonWithChineseText() throws IOException {
        var commitment = new CaseSnapshot.Commitment(UUID.randomUUID(), "12月20日前足额支付拖欠工资", "区人社局",
                LocalDate.of(2026, 12, 20), "OPEN");
        var response = new CaseSnapshot.Response(UUID.randomUUID(), "已约谈施工总包单位", "GOVERNMENT_WEBSITE",
                "区人社局", Instant.parse("2026-11-27T07:00:00Z"), null, List.of(commitment));
        var report = new CaseSnapshot.Report(UUID.randomUUID(), ReportSource.WEIBO, "weibo-1", "拖欠农民工工资",
                "工人堵门讨薪", null, Instant.parse("2026-11-26T01:10:00Z"));
        var snapshot = new CaseSnapshot(UUID.randomUUID(), "拖欠农民工工资", "wage-arrears", "RESPONDED", "区人社局",
                Instant.parse("2026-11-26T01:10:05Z"), Instant.parse("2026-11-27T07:00:01Z"), List.of(report),
                List.of(response));
        var event = new CaseEvent(UUID.randomUUID(), CaseEventType.RESPONSE_RECORDED, snapshot.id(), 3,
                snapshot.updatedAt(), snapshot);

        String json = objectMapper.writeValueAsString(event);

        assertThat(json).contains("\"caseVersion\":3").contains("12月20日前足额支付拖欠工资").contains("2026-12-20");
        assertThat(objectMapper.readValue(json, CaseEvent.class)).isEqualTo(event);
    }

    @Test
    void ledgerFieldsSurviveARoundTripAndOldEventsStillRead() throws IOException {
        var commitment = new CaseSnapshot.Commitment(UUID.randomUUID(), "一周内恢复供水", "区水务局",
                LocalDate.of(2026, 12, 3), "VERIFIED", "现场核查", 100, Instant.parse("2026-12-02T08:00:00Z"),
                Instant.parse("2026-12-04T02:00:00Z"), true, null, false);
        var response = new CaseSnapshot.Response(UUID.randomUUID(), "已组织抢修", "WEIBO", "区水务局",
                Instant.parse("2026-11-27T07:00:00Z"), null, List.of(commitment), "PUBLIC",
                Instant.parse("2026-11-28T01:10:05Z"), true);
        var snapshot = new CaseSnapshot(UUID.randomUUID(), "小区停水", "housing", "CLOSED", "区水务局",
                Instant.parse("2026-11-26T01:10:05Z"), Instant.parse("2026-12-04T02:00:01Z"), List.of(),
                List.of(response), "长沙市岳麓区", Severity.LARGE, List.of("街道办"), 3, new Engagement(1, 2, 3),
                Instant.parse("2026-11-28T01:10:05Z"), false, 1, Instant.parse("2026-12-04T02:00:01Z"), null);
        var event = new CaseEvent(UUID.randomUUID(), CaseEventType.COMMITMENT_VERIFIED, snapshot.id(), 9,
                snapshot.updatedAt(), snapshot);

        assertThat(objectMapper.readValue(objectMapper.writeValueAsString(event), CaseEvent.class)).isEqualTo(event);

        String firstReleaseSnapshot = """
                {"id":"5b029d59-7428-3419-9771-cd97063d436c","title":"t","topicArea":"other","status":"NEW",
                 "openedAt":"2026-11-26T01:10:00Z","updatedAt":"2026-11-26T01:10:00Z","reports":[],"responses":[]}""";
        var old = objectMapper.readValue(firstReleaseSnapshot, CaseSnapshot.class);
        assertThat(old.coUnits()).isEmpty();
        assertThat(old.severity()).isNull();
    }
}
