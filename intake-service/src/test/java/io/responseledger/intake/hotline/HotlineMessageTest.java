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
        assertThat(draft.title()).as("built by the pipeline from the normalised work order").isNull();
        assertThat(draft.hotline().workOrderNumber()).isEqualTo("2026112600123");
        assertThat(draft.hotline().category()).isEqualTo("劳动保障/欠薪");
        assertThat(draft.hotline().receivedAt()).isEqualTo(RECEIVED);
        assertThat(draft.hotline().handlingDueAt()).isEqualTo(RECEIVED.plusSeconds(72 * 3600));
        assertThat(draft.body()).isEqualTo("来电人反映欠薪");
        assertThat(draft.topicArea()).isNull();
        assertThat(draft.observedAt()).isEqualTo(RECEIVED);
        assertThat(draft.wireName("body")).isEqualTo("content");
        assertThat(draft.reporterName()).isEqualTo("王小明");
        assertThat(draft.reporterPhone()).isEqualTo("13912341234");
    }

    @Test
    void printingAMessageShowsOnlyTheWorkOrderNumber() {
        var message = new HotlineMessage("7", "王小明", "13912341234", RECEIVED, null, "内容", null);

        assertThat(message.toString()).isEqualTo("HotlineMessage[workOrderNo=7]");
    }
}
