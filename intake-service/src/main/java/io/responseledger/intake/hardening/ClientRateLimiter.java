package io.responseledger.intake.hardening;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client (Bucket4j): {@code burst} requests at once, refilled at {@code requests-per-minute}.
 * The map of clients is bounded by {@code max-clients}.
 */
@Singleton
class ClientRateLimiter {

    /** Whether a request may go ahead, and if not, after how many whole seconds it could. */
    record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private static final class Client {
        final Bucket bucket;
        volatile long lastSeen;

        Client(Bucket bucket, long now) {
            this.bucket = bucket;
            this.lastSeen = now;
        }
    }

    private final RateLimitConfiguration configuration;
    private final LongSupplier nanoTime;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    /** After this long without a request a bucket is full again, so forgetting it changes nothing. */
    private final long refillNanos;

    @Inject
    ClientRateLimiter(RateLimitConfiguration configuration) {
        this(configuration, System::nanoTime);
    }

    ClientRateLimiter(RateLimitConfiguration configuration, LongSupplier nanoTime) {
        this.configuration = configuration;
        this.nanoTime = nanoTime;
        this.refillNanos = Math.max(1, TimeUnit.MINUTES.toNanos(1) * configuration.getBurst()
                / configuration.getRequestsPerMinute());
    }

    Decision tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        Client entry = clients.computeIfAbsent(client, key -> new Client(newBucket(), now));
        entry.lastSeen = now;
        if (clients.size() > configuration.getMaxClients()) {
            evict(now);
        }
        ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, 0);
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, seconds);
    }

    int size() {
        return clients.size();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(configuration.getBurst())
                        .refillGreedy(configuration.getRequestsPerMinute(), Duration.ofMinutes(1)))
                .build();
    }

    private synchronized void evict(long now) {
        int max = configuration.getMaxClients();
        if (clients.size() <= max) {
            return;
        }
        clients.values().removeIf(c -> now - c.lastSeen >= refillNanos);
        if (clients.size() <= max) {
            return;
        }
        // A flood of distinct clients: forget those quiet longest, down to 90 % so this does not run every time.
        int target = Math.max(1, max - max / 10);
        clients.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().lastSeen))
                .limit(Math.max(0, clients.size() - target))
                .map(Map.Entry::getKey)
                .toList()
                .forEach(clients::remove);
    }
}
