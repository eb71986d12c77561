package io.responseledger.cases.security;

import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per client, in a map of bounded size. A client idle for as long as its bucket takes to
 * refill completely would find it full again, so forgetting it changes nothing: such entries are dropped when
 * the map is full. Should it still be full (that many clients active at once), clients not yet known share one
 * overflow bucket until room is made, so memory stays bounded whatever arrives.
 */
final class ClientBuckets {

    private final long requestsPerMinute;
    private final long burst;
    private final int maxClients;
    private final long idleNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Tracked> buckets = new ConcurrentHashMap<>();
    private final Bucket overflow;
    private final AtomicLong lastEviction = new AtomicLong(Long.MIN_VALUE);

    ClientBuckets(long requestsPerMinute, long burst, int maxClients, LongSupplier nanoTime) {
        if (requestsPerMinute < 1 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("ledger.rate-limit.* must be positive");
        }
        this.requestsPerMinute = requestsPerMinute;
        this.burst = burst;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
        this.idleNanos = Math.max(1, Duration.ofMinutes(1).toNanos() / requestsPerMinute * burst);
        this.overflow = newBucket();
    }

    Bucket forClient(String client) {
        long now = nanoTime.getAsLong();
        Tracked tracked = buckets.get(client);
        if (tracked == null) {
            if (buckets.size() >= maxClients) {
                evictIdle(now);
            }
            if (buckets.size() >= maxClients) {
                return overflow;
            }
            tracked = buckets.computeIfAbsent(client, key -> new Tracked(newBucket()));
        }
        tracked.lastUsed = now;
        return tracked.bucket;
    }

    int size() {
        return buckets.size();
    }

    private void evictIdle(long now) {
        long last = lastEviction.get();
        // At most one sweep per second: a full map of active clients must not make every new one pay for a scan.
        if (last != Long.MIN_VALUE && now - last < Duration.ofSeconds(1).toNanos()
                || !lastEviction.compareAndSet(last, now)) {
            return;
        }
        buckets.values().removeIf(tracked -> now - tracked.lastUsed >= idleNanos);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(requestsPerMinute, Duration.ofMinutes(1)))
                .build();
    }

    private static final class Tracked {
        final Bucket bucket;
        volatile long lastUsed;

        Tracked(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
