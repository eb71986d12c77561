package io.responseledger.intake.hotline;

import io.responseledger.contracts.ReportSource;
import io.responseledger.intake.report.ReportDraft;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HotlineMessageTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-26T01:40:00Z");

    @Test
    void messageBecomesAHotlineReportWithTheWorkOrderAsExternalId() {
        var message = new HotlineMessage(" 2026112600123 ", " 王小明 ", "13912341234", RECEIVED, "劳动保障/欠薪",
                " 来电人反映欠薪 ", 72);

        ReportDraft draft = message.toDraft();

        assertThat(draft.source()).isEqualTo(ReportSource.HOTLINE);
        assertThat(draft.externalId()).isEqualTo("2026112600123");
        assertThat(draft.title()).isEqualTo("12345工单2026112600123 劳动保障/欠薪");
        assertThat(draft.body()).isEqualTo("来电人反映欠薪");
        assertThat(draft.topicArea()).isNull();
        assertThat(draft.observedAt()).isEqualTo(RECEIVED);
        assertThat(draft.reporterName()).isEqualTo("王小明");
        assertThat(draft.reporterPhone()).isEqualTo("13912341234");
    }

    @Test
    void withoutACategoryTheTitleTakesTheStartOfTheMaskedContent() {
        var message = new HotlineMessage("7", "王小明", null, RECEIVED, " ",
                "\n王小明来电，电话13912345678，反映小区电梯多次困人，物业不作为，请求尽快处理并回复。", null);

        String title = message.toDraft().title();

        assertThat(title).isEqualTo("12345工单7 王**来电，电话139****5678，反映小区电梯多次困人…");
    }

    @Test
    void shortContentIsTakenWhole() {
        var message = new HotlineMessage("7", null, null, RECEIVED, null, "路灯不亮\n第二行", null);

        assertThat(message.toDraft().title()).isEqualTo("12345工单7 路灯不亮");
    }

    @Test
    void printingAMessageShowsOnlyTheWorkOrderNumber() {
        var message = new HotlineMessage("7", "王小明", "13912341234", RECEIVED, null, "内容", null);

        assertThat(message.toString()).isEqualTo("HotlineMessage[workOrderNo=7]");
    }
}
