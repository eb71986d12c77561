package io.responseledger.contracts;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false)
class ReportSubmittedSerdeTest {

    @Inject
    ObjectMapper objectMapper;

    @Test
    void personalDataTravelsApartFromTheMaskedText() throws IOException {
        var report = new ReportSubmitted(UUID.randomUUID(), ReportSource.HOTLINE, "2026112600123", "工资未结清",
                "来电人王**反映工资未结清，电话139****1234。", "wage-arrears", null, null,
                Instant.parse("2026-11-26T01:40:00Z"), Instant.parse("2026-11-26T01:40:01Z"),
                new PersonalData("王小明", List.of("13912341234"), List.of(), List.of()));

        String json = objectMapper.writeValueAsString(report);

        assertThat(json).contains("\"personalData\":{\"name\":\"王小明\",\"phones\":[\"13912341234\"]");
        assertThat(objectMapper.readValue(json, ReportSubmitted.class)).isEqualTo(report);
    }

    @Test
    void channelRoutingAndHeatFieldsSurviveARoundTrip() throws IOException {
        var report = new ReportSubmitted(UUID.randomUUID(), ReportSource.HOTLINE, "GD20261126000123", "小区停水三天",
                "来电反映小区停水三天无人处理。", "housing", null, null,
                Instant.parse("2026-11-26T01:40:00Z"), Instant.parse("2026-11-26T01:40:01Z"), PersonalData.none(),
                "长沙市岳麓区", "@岳麓观察", new Engagement(12, 30, 400), Severity.LARGE,
                new TopicSuggestion("housing", 0.82, List.of("小区", "物业"), "SUGGESTION"),
                new HotlineOrder("GD20261126000123", "城乡建设/供水", Instant.parse("2026-11-26T01:39:00Z"),
                        Instant.parse("2026-11-28T01:39:00Z")));

        var read = objectMapper.readValue(objectMapper.writeValueAsString(report), ReportSubmitted.class);

        assertThat(read).isEqualTo(report);
        assertThat(read.engagementOrNone().total()).isEqualTo(442);
    }

    @Test
    void reportWithoutPersonalDataFieldReadsAsNone() throws IOException {
        String json = """
                {"reportId":"5b029d59-7428-3419-9771-cd97063d436c","source":"WEIBO","title":"t","body":"b",
                 "topicArea":"other","observedAt":"2026-11-26T01:10:00Z","submittedAt":"2026-11-26T01:10:01Z"}""";

        var report = objectMapper.readValue(json, ReportSubmitted.class);

        assertThat(report.personalDataOrNone().hasAny()).isFalse();
    }

    @Test
    void printingAReportOrItsPersonalDataRevealsNeitherTextNorNumbers() {
        var personalData = new PersonalData("王小明", List.of("13912341234"), List.of("110105199001011237"),
                List.of("wang@example.com"));
        var report = new ReportSubmitted(UUID.randomUUID(), ReportSource.HOTLINE, "1", "标题", "正文",
                "other", null, null, Instant.EPOCH, Instant.EPOCH, personalData);

        assertThat(report.toString() + personalData).doesNotContain("王小明", "13912341234", "110105199001011237",
                "wang@example.com", "标题", "正文");
    }
}
