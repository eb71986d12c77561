package io.responseledger.search.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What the live consumer reports about itself, exported at {@code /prometheus}:
 * <ul>
 *   <li>{@code ledger_search_indexing_lag_seconds}: from the event's {@code occurredAt} (the case change was
 *       committed) to Elasticsearch acknowledging the bulk write of its documents. The documents are
 *       searchable at the next refresh, at most {@code index.refresh_interval} (1 s) later. A histogram
 *       ({@code _bucket}, {@code _count}, {@code _sum}, {@code _max}), with a bucket at the 2 s goal, for
 *       {@code histogram_quantile(0.99, rate(ledger_search_indexing_lag_seconds_bucket[5m]))};</li>
 *   <li>{@code ledger_search_events_indexed_total{outcome=written|stale}}: events handled by the index, where
 *       stale means every document already held that version or a newer one (a duplicate or late event), or
 *       a higher version of the same case came in the same poll and was written instead;</li>
 *   <li>{@code ledger_search_events_dead_lettered_total}: records parked on {@code case.events.dlq.v1}.</li>
 * </ul>
 */
// Created with the context, not with the consumer, so the series exist (at zero) from the first scrape on.
@Context
public class IndexingMetrics {

    static final String LAG = "ledger.search.indexing.lag";
    static final String INDEXED = "ledger.search.events.indexed";
    static final String DEAD_LETTERED = "ledger.search.events.dead.lettered";

    private final Timer lag;
    private final Counter written;
    private final Counter stale;
    private final Counter deadLettered;
    private final Clock clock;

    public IndexingMetrics(MeterRegistry registry) {
        this(registry, Clock.systemUTC());
    }

    IndexingMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.lag = Timer.builder(LAG)
                .description("Time from a case change (event occurredAt) to its documents being acknowledged by Elasticsearch")
                // A histogram, not client-side percentiles: buckets add up across instances, and Prometheus
                // computes any percentile from them (histogram_quantile). The 2 s bucket is the lag goal.
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofSeconds(2))
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        this.written = Counter.builder(INDEXED).tag("outcome", "written")
                .description("Case events whose documents were written to the index")
                .register(registry);
        this.stale = Counter.builder(INDEXED).tag("outcome", "stale")
                .description("Case events the index already held at that version or a newer one")
                .register(registry);
        this.deadLettered = Counter.builder(DEAD_LETTERED)
                .description("Case-event records parked on the dead-letter topic")
                .register(registry);
    }

    /**
     * An event's documents were acknowledged by Elasticsearch.
     *
     * @param written whether at least one document was written (not all stale)
     */
    public void indexed(Instant occurredAt, boolean written) {
        if (!written) {
            // A duplicate changes nothing searchable, so it says nothing about how fresh the index is.
            stale.increment();
            return;
        }
        this.written.increment();
        if (occurredAt != null) {
            Duration elapsed = Duration.between(occurredAt, clock.instant());
            // Clocks of the case and search services can differ a little; a negative lag is recorded as zero.
            lag.record(elapsed.isNegative() ? Duration.ZERO : elapsed);
        }
    }

    public void deadLettered() {
        deadLettered.increment();
    }
}
