package io.responseledger.search.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One token bucket per client, in a map bounded to {@code max-clients} entries that drops the least recently
 * seen client first. A dropped client starts again with a full bucket, which only happens when more clients
 * than that are active at once.
 */
@Singleton
class RateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateLimitConfiguration config;
    private final Map<String, Bucket> buckets;

    RateLimiter(RateLimitConfiguration config) {
        this.config = config;
        int max = config.getMaxClients();
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > max;
            }
        };
    }

    /** Takes one request from the client's bucket; empty when allowed, else the seconds to wait (at least 1). */
    OptionalLong tryAcquire(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        long seconds = (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
        return OptionalLong.of(Math.max(1, seconds));
    }

    int trackedClients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit
                        .capacity(config.getBurst())
                        .refillGreedy(config.getRequestsPerMinute(), Duration.ofMinutes(1)))
                .build();
    }
}
