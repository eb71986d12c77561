package io.responseledger.cases.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Relays outbox entries to Kafka, oldest first, and marks each one published once the broker has
 * acknowledged it. Delivery is at least once: a crash between the acknowledgement and the commit sends the
 * entry again, and consumers deduplicate by event id and case version.
 */
@Singleton
@Requires(beans = CaseEventPublisher.class)
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRepository entries;
    private final CaseEventPublisher publisher;
    private final Clock clock;
    private final Duration ackTimeout;

    OutboxRelay(OutboxRepository entries, CaseEventPublisher publisher, Clock clock,
                @Value("${ledger.cases.outbox.relay.ack-timeout:30s}") Duration ackTimeout) {
        this.entries = entries;
        this.publisher = publisher;
        this.clock = clock;
        this.ackTimeout = ackTimeout;
    }

    /**
     * Sends up to {@code batchSize} of the oldest unpublished entries and marks those acknowledged. The rows stay
     * locked (FOR UPDATE SKIP LOCKED) until this transaction ends, so another instance relaying at the same time
     * takes other rows instead of sending these twice.
     */
    @Transactional
    public Relayed relayBatch(int batchSize) {
        List<OutboxEntry> batch = entries.lockNextUnpublished(batchSize);
        if (batch.isEmpty()) {
            return new Relayed(0, 0, null);
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (OutboxEntry entry : batch) {
            try {
                acks.add(publisher.publish(entry));
            } catch (RuntimeException e) {
                acks.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        // Only the acknowledged prefix is marked. Everything from the first failure on stays unpublished and is
        // sent again next time, even if the broker did get some of it: at least once, in order per case.
        List<Long> published = new ArrayList<>(acks.size());
        Throwable failure = null;
        for (int i = 0; i < acks.size() && failure == null; i++) {
            try {
                acks.get(i).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                published.add(batch.get(i).id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            } catch (ExecutionException e) {
                failure = e.getCause() != null ? e.getCause() : e;
            } catch (TimeoutException | RuntimeException e) {
                failure = e;
            }
        }
        if (!published.isEmpty()) {
            entries.markPublished(published, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            LOG.debug("Relayed {} case events up to outbox id {}", published.size(),
                    published.get(published.size() - 1));
        }
        return new Relayed(batch.size(), published.size(), failure);
    }

    /**
     * Deletes entries published before {@code cutoff}; they are kept a while only to help diagnose what consumers
     * received. The case tables, not the outbox, are what a consumer's state is rebuilt from.
     *
     * @return how many were deleted
     */
    @Transactional
    public int purgePublishedBefore(Instant cutoff) {
        return entries.deletePublishedBefore(cutoff);
    }

    /**
     * What one batch did.
     *
     * @param locked    how many unpublished entries the batch took
     * @param published how many of them the broker acknowledged
     * @param failure   why the rest were not, if they were not
     */
    public record Relayed(int locked, int published, Throwable failure) {
    }
}
