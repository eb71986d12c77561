package io.responseledger.intake.hardening;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/** Settings under {@code ledger.rate-limit}: per client, per instance. */
@ConfigurationProperties("ledger.rate-limit")
public interface RateLimitConfiguration {

    @Bindable(defaultValue = "true")
    boolean isEnabled();

    /** The sustained rate a client may send at. */
    @Bindable(defaultValue = "600")
    @Min(1)
    int getRequestsPerMinute();

    /** How many requests a client may send at once after being quiet. */
    @Bindable(defaultValue = "100")
    @Min(1)
    int getBurst();

    /**
     * How many clients are remembered at most. Past it, clients quiet long enough to have a full allowance again
     * are forgotten first (which changes nothing for them), then those quiet longest.
     */
    @Bindable(defaultValue = "10000")
    @Min(1)
    int getMaxClients();
}
