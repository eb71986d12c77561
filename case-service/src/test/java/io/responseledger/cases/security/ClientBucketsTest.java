package io.responseledger.cases.security;

import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ClientBucketsTest {

    private final AtomicLong now = new AtomicLong(0);

    @Test
    void eachClientHasABucketOfItsOwn() {
        ClientBuckets buckets = new ClientBuckets(60, 2, 10, now::get);

        Bucket alice = buckets.forClient("sub:alice");

        assertThat(buckets.forClient("sub:alice")).isSameAs(alice);
        assertThat(buckets.forClient("sub:bob")).isNotSameAs(alice);
        assertThat(alice.tryConsume(2)).isTrue();
        assertThat(alice.tryConsume(1)).isFalse();
        assertThat(buckets.forClient("sub:bob").tryConsume(1)).isTrue();
    }

    @Test
    void mapNeverGrowsBeyondItsBoundAndNewClientsShareAnOverflowBucketWhileAllAreActive() {
        ClientBuckets buckets = new ClientBuckets(60, 2, 3, now::get);
        for (int i = 0; i < 3; i++) {
            buckets.forClient("sub:" + i);
        }

        Bucket first = buckets.forClient("sub:new-1");
        Bucket second = buckets.forClient("sub:new-2");

        assertThat(buckets.size()).isEqualTo(3);
        assertThat(first).isSameAs(second);
    }

    @Test
    void clientsIdleLongEnoughToBeFullAgainAreForgottenToMakeRoom() {
        // 60 a minute, burst 2: an empty bucket is full again after 2 s.
        ClientBuckets buckets = new ClientBuckets(60, 2, 3, now::get);
        for (int i = 0; i < 3; i++) {
            buckets.forClient("sub:" + i);
        }
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        Bucket active = buckets.forClient("sub:0");

        Bucket newcomer = buckets.forClient("sub:new");

        assertThat(buckets.size()).isEqualTo(2);
        assertThat(buckets.forClient("sub:0")).isSameAs(active);
        assertThat(buckets.forClient("sub:new")).isSameAs(newcomer);
    }
}
