package io.responseledger.cases.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/** Runs the relay shortly after each previous run ends, draining the outbox batch by batch. */
@Singleton
@Requires(beans = OutboxRelay.class)
@Requires(property = "ledger.cases.outbox.relay.enabled", notEquals = "false")
class OutboxRelayJob {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayJob.class);

    private final OutboxRelay relay;
    private final int batchSize;
    private final Duration retention;
    private final Clock clock;
    private boolean failing;

    OutboxRelayJob(OutboxRelay relay, @Value("${ledger.cases.outbox.relay.batch-size:100}") int batchSize,
                   @Value("${ledger.cases.outbox.retention:7d}") Duration retention, Clock clock) {
        this.relay = relay;
        this.batchSize = batchSize;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${ledger.cases.outbox.relay.interval:250ms}", initialDelay = "1s")
    void relayPending() {
        try {
            OutboxRelay.Relayed relayed;
            do {
                relayed = relay.relayBatch(batchSize);
                report(relayed.failure());
            } while (relayed.failure() == null && relayed.locked() == batchSize);
        } catch (RuntimeException e) {
            report(e);
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purgePublished() {
        try {
            int purged = relay.purgePublishedBefore(clock.instant().minus(retention));
            LOG.debug("Purged {} case events published more than {} ago", purged, retention);
        } catch (RuntimeException e) {
            LOG.warn("Purging published case events failed; will try again: {}", e.toString());
        }
    }

    // While Kafka or the database is away this runs every interval: say so once, and once when it is back.
    private void report(Throwable failure) {
        if (failure != null && !failing) {
            LOG.warn("Relaying case events failed; the outbox keeps them and the relay retries: {}", failure.toString());
        } else if (failure != null) {
            LOG.debug("Relaying case events still failing: {}", failure.toString());
        } else if (failing) {
            LOG.info("Relaying case events works again");
        }
        failing = failure != null;
    }
}
