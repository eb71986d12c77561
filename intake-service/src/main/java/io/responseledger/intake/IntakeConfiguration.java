package io.responseledger.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** Settings under {@code ledger.intake}. */
@ConfigurationProperties("ledger.intake")
public interface IntakeConfiguration {

    /** How far in the future an {@code observedAt} may lie before it is rejected: senders' clocks drift. */
    @Bindable(defaultValue = "5m")
    Duration getClockSkew();

    /**
     * How long a request waits for Kafka to acknowledge a report. The producer's own
     * {@code delivery.timeout.ms} normally ends the wait first; this is the backstop so no request hangs.
     */
    @Bindable(defaultValue = "20s")
    Duration getPublishTimeout();

    /** What a 503 tells the caller, in its {@code Retry-After} header, to wait before sending again. */
    @Bindable(defaultValue = "10s")
    Duration getRetryAfter();
}
