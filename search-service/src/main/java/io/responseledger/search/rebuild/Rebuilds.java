package io.responseledger.search.rebuild;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.responseledger.search.indexing.CaseEventDecoder;
import io.responseledger.search.indexing.CaseIndex;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Starts rebuilds, one at a time, each on a thread of its own, and remembers the recent ones for the admin
 * endpoint. The record is kept in this instance's memory: ask the instance that started a rebuild about it
 * (docs/search.md, "Rebuild").
 */
@Singleton
class Rebuilds {

    private static final int REMEMBERED = 20;

    private final RebuildIndices indices;
    private final CaseIndex index;
    private final CaseEventDecoder decoder;
    private final Properties kafka;
    private final RebuildConfiguration config;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Rebuild> recent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Rebuild> eldest) {
            return size() > REMEMBERED;
        }
    };
    private volatile Rebuild latest;
    private volatile boolean stopping;

    Rebuilds(RebuildIndices indices, CaseIndex index, CaseEventDecoder decoder, KafkaDefaultConfiguration kafka,
             RebuildConfiguration config) {
        this.indices = indices;
        this.index = index;
        this.decoder = decoder;
        this.kafka = kafka.getConfig();
        this.config = config;
    }

    /** @throws RebuildRunningException when a rebuild started here has not ended yet */
    synchronized Rebuild start() {
        Rebuild running = latest;
        if (running != null && running.running()) {
            throw new RebuildRunningException(running.id());
        }
        Rebuild rebuild = new Rebuild(UUID.randomUUID(), clock.instant());
        recent.put(rebuild.id(), rebuild);
        latest = rebuild;
        runner.execute(new RebuildJob(rebuild, indices, index, decoder, kafka, config, clock, () -> stopping));
        return rebuild;
    }

    synchronized Optional<Rebuild> find(UUID id) {
        return Optional.ofNullable(recent.get(id));
    }

    /** The running rebuild, else the one that ended last. */
    Optional<Rebuild> current() {
        return Optional.ofNullable(latest);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        runner.shutdown();
        runner.awaitTermination(10, TimeUnit.SECONDS);
    }
}
