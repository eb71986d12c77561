package io.responseledger.intake.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The intake metrics, as Prometheus shows them at {@code /prometheus} (docs/intake.md):
 * <ul>
 *   <li>{@code intake_reports_accepted_total{channel}}: reports Kafka acknowledged;</li>
 *   <li>{@code intake_reports_rejected_total{channel,reason}}: reports refused for their content, by the reason
 *       code of the first field at fault;</li>
 *   <li>{@code intake_hotline_dead_lettered_total{reason}}: hotline messages sent to the dead-letter topic;</li>
 *   <li>{@code intake_produce_latency_seconds{outcome}}: from send to Kafka's acknowledgement (or failure), as a
 *       histogram, so that p50/p99 can be computed across instances with {@code histogram_quantile}.</li>
 * </ul>
 * Tags hold only codes: never a report's text or anything personal.
 */
@Singleton
public class IntakeMetrics {

    private final MeterRegistry registry;
    private final Timer acknowledged;
    private final Timer failed;

    IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.acknowledged = produceTimer("acknowledged");
        this.failed = produceTimer("failed");
    }

    public void accepted(String channel) {
        Counter.builder("intake.reports.accepted")
                .description("Reports acknowledged by Kafka, by intake channel")
                .tag("channel", channel)
                .register(registry)
                .increment();
    }

    public void rejected(String channel, String reason) {
        Counter.builder("intake.reports.rejected")
                .description("Reports refused for their content, by channel and reason code")
                .tag("channel", channel)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    public void deadLettered(String reason) {
        Counter.builder("intake.hotline.dead.lettered")
                .description("Hotline messages sent to the dead-letter topic, by reason code")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    public void produced(Duration latency, boolean acknowledgedByKafka) {
        (acknowledgedByKafka ? acknowledged : failed).record(latency);
    }

    private Timer produceTimer(String outcome) {
        return Timer.builder("intake.produce.latency")
                .description("Time from sending a report to Kafka's acknowledgement or failure")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }
}
