package io.responseledger.search.metrics;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class IndexingMetricsTest {

    private final Instant now = Instant.parse("2026-03-01T08:00:10Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IndexingMetrics metrics = new IndexingMetrics(registry, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void writtenEventRecordsTheTimeSinceItOccurred() {
        metrics.indexed(now.minusMillis(1500), true);

        Timer lag = registry.get(IndexingMetrics.LAG).timer();
        assertThat(lag.count()).isEqualTo(1);
        assertThat(lag.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1500);
        assertThat(registry.get(IndexingMetrics.INDEXED).tag("outcome", "written").counter().count()).isEqualTo(1);
    }

    @Test
    void staleEventIsCountedButDoesNotCountAsLag() {
        metrics.indexed(now.minusSeconds(3600), false);

        assertThat(registry.get(IndexingMetrics.LAG).timer().count()).isZero();
        assertThat(registry.get(IndexingMetrics.INDEXED).tag("outcome", "stale").counter().count()).isEqualTo(1);
    }

    @Test
    void eventStampedAheadOfThisClockCountsAsNoLag() {
        metrics.indexed(now.plusMillis(300), true);

        Timer lag = registry.get(IndexingMetrics.LAG).timer();
        assertThat(lag.count()).isEqualTo(1);
        assertThat(lag.totalTime(TimeUnit.MILLISECONDS)).isZero();
    }

    @Test
    void deadLettersAreCounted() {
        metrics.deadLettered();
        metrics.deadLettered();

        assertThat(registry.get(IndexingMetrics.DEAD_LETTERED).counter().count()).isEqualTo(2);
    }
}
