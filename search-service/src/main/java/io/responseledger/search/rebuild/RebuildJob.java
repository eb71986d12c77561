package io.responseledger.search.rebuild;

import io.responseledger.contracts.CaseEvent;
import io.responseledger.search.index.IndexKind;
import io.responseledger.search.index.IndexTargets;
import io.responseledger.search.indexing.CaseEventDecoder;
import io.responseledger.search.indexing.CaseIndex;
import io.responseledger.search.indexing.InvalidCaseEventException;
import io.responseledger.search.indexing.TransientIndexingException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * One rebuild from start to end. The order of the steps is what makes the result equal to the system of
 * record, with searches answered throughout:
 * <ol>
 *   <li>new, empty indices are created next to the live ones; the aliases (and so every search and every live
 *       write) stay on the old indices;</li>
 *   <li>the topic is read from the beginning up to the end offsets captured at the start, and each event is
 *       written into the new indices with external versioning ({@code version = caseVersion});</li>
 *   <li>events that arrived meanwhile are read the same way, round after round, until few remain;</li>
 *   <li>the aliases move to the new indices in one atomic {@code _aliases} request. From that moment every
 *       live write goes into the new indices;</li>
 *   <li>the end offsets are captured again <em>after</em> the switch was acknowledged, and the replay reads up
 *       to them. Every event before those offsets is written by the replay; every event after them was
 *       produced after the switch, so the live consumer writes it through the aliases into the new indices.
 *       An event both write is harmless: the lower version loses, whichever lands first.</li>
 * </ol>
 */
final class RebuildJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildJob.class);

    private final Rebuild rebuild;
    private final RebuildIndices indices;
    private final CaseIndex index;
    private final CaseEventDecoder decoder;
    private final Properties kafka;
    private final RebuildConfiguration config;
    private final Clock clock;
    private final BooleanSupplier stopping;

    RebuildJob(Rebuild rebuild, RebuildIndices indices, CaseIndex index, CaseEventDecoder decoder, Properties kafka,
               RebuildConfiguration config, Clock clock, BooleanSupplier stopping) {
        this.rebuild = rebuild;
        this.indices = indices;
        this.index = index;
        this.decoder = decoder;
        this.kafka = kafka;
        this.config = config;
        this.clock = clock;
        this.stopping = stopping;
    }

    @Override
    public void run() {
        Map<IndexKind, String> created = new EnumMap<>(IndexKind.class);
        boolean switched = false;
        ExecutorService writers = Executors.newFixedThreadPool(config.writers(), r -> {
            Thread t = new Thread(r, "search-rebuild-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            created.putAll(indices.create(clock.instant()));
            Map<String, String> byKind = new LinkedHashMap<>();
            created.forEach((kind, name) -> byKind.put(kind.suffix(), name));
            rebuild.newIndices(byKind);
            IndexTargets targets = RebuildIndices.targets(created);
            LOG.info("Rebuild {} started into {}", rebuild.id(), created.values());

            try (EventReplay replay = new EventReplay(kafka, config.pollTimeout())) {
                EventReplay.BatchHandler apply = batch -> apply(batch, targets, writers);

                rebuild.step(RebuildStep.REPLAYING);
                readUpToNow(replay, apply);

                rebuild.step(RebuildStep.CATCHING_UP);
                for (int round = 0; round < config.catchUpRounds(); round++) {
                    long remaining = readUpToNow(replay, apply);
                    if (remaining < config.switchWithinEvents()) {
                        break;
                    }
                }

                rebuild.step(RebuildStep.SWITCHING);
                indices.makeSearchable(created);
                rebuild.previousIndices(indices.switchAliases(created));
                switched = true;
                rebuild.switched(clock.instant());

                rebuild.step(RebuildStep.CATCHING_UP_AFTER_SWITCH);
                readUpToNow(replay, apply);
            }

            rebuild.step(RebuildStep.REMOVING_OLD_INDICES);
            rebuild.removedIndices(indices.removeOld(config.keepPrevious()));
            rebuild.finished(clock.instant());
            LOG.info("Rebuild {} switched: {} events read, {} documents written", rebuild.id(),
                    rebuild.eventsRead(), rebuild.documentsWritten());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(created, switched, "stopped: the service is shutting down");
        } catch (Exception e) {
            LOG.error("Rebuild {} failed", rebuild.id(), e);
            fail(created, switched, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            writers.shutdownNow();
        }
    }

    /** Captures the end offsets now and reads up to them; returns how many events that was. */
    private long readUpToNow(EventReplay replay, EventReplay.BatchHandler apply) throws InterruptedException {
        Map<TopicPartition, Long> ends = replay.endOffsets();
        long remaining = replay.remaining(ends);
        rebuild.addToTotal(remaining);
        replay.readUntil(ends, apply, stopping);
        return remaining;
    }

    private void fail(Map<IndexKind, String> created, boolean switched, String reason) {
        if (switched) {
            // The new indices serve searches already; deleting them would lose more than it saves.
            rebuild.failed(clock.instant(), "after the switch: " + reason
                    + "; events that arrived during the rebuild may be missing until a new rebuild");
        } else {
            indices.deleteQuietly(created);
            rebuild.failed(clock.instant(), reason + "; the previous indices still serve searches");
        }
    }

    /**
     * Decodes one poll's records and writes them, split by case over the writers (so that the highest version
     * of a case in this batch is found in one place), each part in one bulk request.
     */
    private void apply(List<ConsumerRecord<String, byte[]>> batch, IndexTargets targets, ExecutorService writers)
            throws InterruptedException {
        List<List<CaseEvent>> parts = new ArrayList<>();
        for (int i = 0; i < config.writers(); i++) {
            parts.add(new ArrayList<>());
        }
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                CaseEvent event = decoder.decode(record.value());
                parts.get(Math.floorMod(event.caseId().hashCode(), parts.size())).add(event);
            } catch (InvalidCaseEventException e) {
                // Not an indexable event: the live consumer dead-lettered it; the rebuild does not park it twice.
                LOG.debug("Rebuild {} skipped {}-{}@{}: {}", rebuild.id(), record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                rebuild.skipped();
            }
        }
        List<Future<?>> pending = new ArrayList<>();
        for (List<CaseEvent> part : parts) {
            if (!part.isEmpty()) {
                pending.add(writers.submit(() -> {
                    write(part, targets);
                    return null;
                }));
            }
        }
        for (Future<?> future : pending) {
            try {
                future.get();
            } catch (ExecutionException e) {
                pending.forEach(f -> f.cancel(true));
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause.getMessage(), cause);
            }
        }
        rebuild.read(batch.size());
    }

    private void write(List<CaseEvent> events, IndexTargets targets) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                for (CaseIndex.Outcome outcome : index.write(events, targets)) {
                    rebuild.written(outcome.documentsWritten());
                    if (outcome.result() == CaseIndex.Result.REFUSED) {
                        rebuild.skipped();
                    }
                }
                return;
            } catch (TransientIndexingException e) {
                if (attempt >= config.writeAttempts()) {
                    throw new IllegalStateException("Elasticsearch did not take a batch after " + attempt
                            + " attempts: " + e.getMessage(), e);
                }
                Thread.sleep(config.retryDelay().toMillis());
            }
        }
    }
}
