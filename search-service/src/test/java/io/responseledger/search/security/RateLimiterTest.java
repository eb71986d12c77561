package io.responseledger.search.security;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    @Test
    void clientMaySendItsBurstThenMustWait() {
        RateLimiter limiter = new RateLimiter(config(60, 2, 100));

        assertThat(limiter.tryAcquire("sub:a")).isEmpty();
        assertThat(limiter.tryAcquire("sub:a")).isEmpty();
        OptionalLong wait = limiter.tryAcquire("sub:a");

        assertThat(wait).isPresent();
        // 60 a minute: the next token comes within a second, and Retry-After is never 0.
        assertThat(wait.getAsLong()).isEqualTo(1L);
    }

    @Test
    void retryAfterCoversTheWholeWaitForASlowRefill() {
        RateLimiter limiter = new RateLimiter(config(1, 1, 100));

        limiter.tryAcquire("sub:a");

        assertThat(limiter.tryAcquire("sub:a").getAsLong()).isBetween(59L, 60L);
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        RateLimiter limiter = new RateLimiter(config(1, 1, 100));

        assertThat(limiter.tryAcquire("sub:a")).isEmpty();
        assertThat(limiter.tryAcquire("sub:a")).isPresent();
        assertThat(limiter.tryAcquire("sub:b")).isEmpty();
    }

    @Test
    void trackedClientsAreBoundedDroppingTheLeastRecentlySeen() {
        RateLimiter limiter = new RateLimiter(config(1, 1, 2));

        limiter.tryAcquire("addr:10.0.0.1");
        limiter.tryAcquire("addr:10.0.0.2");
        limiter.tryAcquire("addr:10.0.0.1");
        limiter.tryAcquire("addr:10.0.0.3");

        assertThat(limiter.trackedClients()).isEqualTo(2);
        // 10.0.0.1 was seen more recently than 10.0.0.2, so it kept its (empty) bucket.
        assertThat(limiter.tryAcquire("addr:10.0.0.1")).isPresent();
        assertThat(limiter.tryAcquire("addr:10.0.0.2")).isEmpty();
    }

    private static RateLimitConfiguration config(long perMinute, long burst, int maxClients) {
        RateLimitConfiguration config = new RateLimitConfiguration();
        config.setRequestsPerMinute(perMinute);
        config.setBurst(burst);
        config.setMaxClients(maxClients);
        return config;
    }
}
