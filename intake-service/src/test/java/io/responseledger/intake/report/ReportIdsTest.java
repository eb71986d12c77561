package io.responseledger.intake.report;

import io.responseledger.contracts.ReportSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReportIdsTest {

    @Test
    void externalIdGivesTheNameBasedIdOfSourceAndExternalId() {
        UUID id = ReportIds.derive(ReportSource.HOTLINE, "2026112600123", null);

        assertThat(id).isEqualTo(UUID.nameUUIDFromBytes("HOTLINE:2026112600123".getBytes(StandardCharsets.UTF_8)));
        assertThat(id.version()).isEqualTo(3);
    }

    @Test
    void sameReportSentTwiceGetsTheSameId() {
        assertThat(ReportIds.derive(ReportSource.WEIBO, "weibo-1", null))
                .isEqualTo(ReportIds.derive(ReportSource.WEIBO, "weibo-1", null));
    }

    @Test
    void sameExternalIdFromAnotherSourceGetsAnotherId() {
        assertThat(ReportIds.derive(ReportSource.WEIBO, "1", null))
                .isNotEqualTo(ReportIds.derive(ReportSource.FORUM, "1", null));
    }

    @Test
    void idempotencyKeyGivesTheNameBasedIdOfTheKey() {
        assertThat(ReportIds.derive(ReportSource.NEWS, null, "k-1"))
                .isEqualTo(UUID.nameUUIDFromBytes("idempotency:k-1".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ReportIds.derive(ReportSource.OTHER, null, "k-1"));
    }

    @Test
    void externalIdWinsOverIdempotencyKey() {
        assertThat(ReportIds.derive(ReportSource.WEIBO, "weibo-1", "k-1"))
                .isEqualTo(ReportIds.derive(ReportSource.WEIBO, "weibo-1", null));
    }

    @Test
    void reportWithNeitherGetsAFreshRandomId() {
        UUID first = ReportIds.derive(ReportSource.WEIBO, null, null);

        assertThat(first.version()).isEqualTo(4);
        assertThat(first).isNotEqualTo(ReportIds.derive(ReportSource.WEIBO, null, null));
    }
}
