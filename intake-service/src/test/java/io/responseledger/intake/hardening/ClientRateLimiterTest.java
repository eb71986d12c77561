package io.responseledger.intake.hardening;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimiterTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(1));

    @Test
    void burstIsAllowedThenTheClientWaitsForTheRefill() {
        var limiter = new ClientRateLimiter(configuration(60, 2, 100), now::get);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        ClientRateLimiter.Decision third = limiter.tryAcquire("a");

        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfterSeconds()).isBetween(1L, 1L);
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void rememberedClientsStayWithinTheBound() {
        var limiter = new ClientRateLimiter(configuration(600, 100, 50), now::get);

        for (int i = 0; i < 1_000; i++) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
            limiter.tryAcquire("client-" + i);
            assertThat(limiter.size()).isLessThanOrEqualTo(51);
        }
    }

    @Test
    void clientsQuietLongEnoughToBeFullAgainAreForgottenFirst() {
        var limiter = new ClientRateLimiter(configuration(600, 10, 3), now::get);
        limiter.tryAcquire("quiet");
        now.addAndGet(TimeUnit.MINUTES.toNanos(5));
        limiter.tryAcquire("busy-1");
        limiter.tryAcquire("busy-2");
        limiter.tryAcquire("busy-3");

        assertThat(limiter.size()).isEqualTo(3);
    }

    private static RateLimitConfiguration configuration(int perMinute, int burst, int maxClients) {
        return new RateLimitConfiguration() {
            @Override
            public boolean isEnabled() {
                return true;
            }

            @Override
            public int getRequestsPerMinute() {
                return perMinute;
            }

            @Override
            public int getBurst() {
                return burst;
            }

            @Override
            public int getMaxClients() {
                return maxClients;
            }
        };
    }
}
