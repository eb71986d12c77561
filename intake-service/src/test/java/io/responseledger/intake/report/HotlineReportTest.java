package io.responseledger.intake.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.intake.hotline.HotlineMessage;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A hotline work order through the pipeline every channel shares, without HTTP or Kafka. */
@MicronautTest(startApplication = false, environments = RecordingReportPublisher.ENVIRONMENT)
class HotlineReportTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-26T01:40:00Z");

    @Inject
    ReportPipeline pipeline;

    @Test
    void workOrderBecomesAHotlineReportWithItsOrderAndTheCallerKeptApart() {
        var message = new HotlineMessage("２０２６１１２６００１２３", "王小明", "139 1234 1234", RECEIVED, "劳动保障／欠薪",
                "来电人王小明反映：\u3000其在XX区安置房项目从事木工，\t今年9月至今工资未结清。\n\n\n\n请尽快处理。", 72);

        ReportSubmitted event = pipeline.prepare(Channel.HOTLINE_TOPIC, message, null);

        assertThat(event.source()).isEqualTo(ReportSource.HOTLINE);
        assertThat(event.externalId()).isEqualTo("2026112600123");
        assertThat(event.reportId()).isEqualTo(
                UUID.nameUUIDFromBytes("HOTLINE:2026112600123".getBytes(StandardCharsets.UTF_8)));
        assertThat(event.title()).isEqualTo("12345工单2026112600123 劳动保障/欠薪");
        assertThat(event.body()).isEqualTo("来电人王**反映： 其在XX区安置房项目从事木工， 今年9月至今工资未结清。\n\n请尽快处理。");
        assertThat(event.hotline().workOrderNumber()).isEqualTo("2026112600123");
        assertThat(event.hotline().category()).isEqualTo("劳动保障/欠薪");
        assertThat(event.hotline().handlingDueAt()).isEqualTo(RECEIVED.plusSeconds(72 * 3600));
        assertThat(event.personalData().name()).isEqualTo("王小明");
        assertThat(event.personalData().phones()).containsExactly("13912341234");
        assertThat(event.topicArea()).isEqualTo("other");
    }

    @Test
    void withoutACategoryTheTitleTakesTheStartOfTheMaskedContent() {
        var message = new HotlineMessage("7", "王小明", null, RECEIVED, " ",
                "\n王小明来电，电话13912345678，反映小区电梯多次困人，物业不作为，请求尽快处理并回复。", null);

        assertThat(pipeline.prepare(Channel.HOTLINE_WEBHOOK, message, null).title())
                .isEqualTo("12345工单7 王**来电，电话139****5678，反映小区电梯多次困人…");
    }

    @Test
    void shortContentIsTakenWhole() {
        var message = new HotlineMessage("7", null, null, RECEIVED, null, "路灯不亮\n第二行", null);

        assertThat(pipeline.prepare(Channel.HOTLINE_WEBHOOK, message, null).title()).isEqualTo("12345工单7 路灯不亮");
    }

    @Test
    void rejectionsNameTheFieldsOfTheHotlineFormat() {
        var message = new HotlineMessage("A/1", null, null, null, null, "<br>", 0);

        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                () -> pipeline.prepare(Channel.HOTLINE_TOPIC, message, null));

        assertThat(rejected.errors()).extracting(FieldError::field)
                .containsExactly("receivedAt", "timeLimitHours", "workOrderNo");
        var emptyContent = new HotlineMessage("A1", null, null, RECEIVED, null, "<p> </p>", null);
        assertThat(catchThrowableOfType(ReportRejectedException.class,
                () -> pipeline.prepare(Channel.HOTLINE_TOPIC, emptyContent, null)).errors())
                .extracting(FieldError::field).containsExactly("content");
    }
}
