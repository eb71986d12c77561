package io.responseledger.search.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/**
 * Per-client request limit of this instance ({@code ledger.rate-limit.*}). A client may send {@code burst}
 * requests at once and then {@code requests-per-minute} on average. The limit is per instance; the global one
 * belongs to the gateway in front of the services.
 */
@ConfigurationProperties("ledger.rate-limit")
public class RateLimitConfiguration {

    private boolean enabled = true;
    @Min(1)
    private long requestsPerMinute = 600;
    @Min(1)
    private long burst = 100;
    @Min(1)
    private int maxClients = 10_000;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(long requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public long getBurst() {
        return burst;
    }

    public void setBurst(long burst) {
        this.burst = burst;
    }

    /** How many clients' buckets are kept; beyond it the least recently seen client's bucket is dropped. */
    public int getMaxClients() {
        return maxClients;
    }

    public void setMaxClients(int maxClients) {
        this.maxClients = maxClients;
    }
}
