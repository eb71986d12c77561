package io.responseledger.search.rebuild;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One rebuild's progress, written by the thread running it and read by the admin endpoint at any time.
 * Counters are atomic; the rest is replaced whole and published through volatile fields.
 */
final class Rebuild {

    private final UUID id;
    private final Instant startedAt;
    private final AtomicLong eventsRead = new AtomicLong();
    private final AtomicLong eventsTotal = new AtomicLong();
    private final AtomicLong eventsSkipped = new AtomicLong();
    private final AtomicLong documentsWritten = new AtomicLong();
    private volatile RebuildState state = RebuildState.RUNNING;
    private volatile RebuildStep step = RebuildStep.CREATING_INDICES;
    private volatile Map<String, String> newIndices = Map.of();
    private volatile List<String> previousIndices = List.of();
    private volatile List<String> removedIndices = List.of();
    private volatile Instant switchedAt;
    private volatile Instant finishedAt;
    private volatile String error;

    Rebuild(UUID id, Instant startedAt) {
        this.id = id;
        this.startedAt = startedAt;
    }

    UUID id() {
        return id;
    }

    RebuildState state() {
        return state;
    }

    boolean running() {
        return state == RebuildState.RUNNING;
    }

    void step(RebuildStep step) {
        this.step = step;
    }

    void newIndices(Map<String, String> byKind) {
        this.newIndices = Map.copyOf(byKind);
    }

    void previousIndices(List<String> indices) {
        this.previousIndices = List.copyOf(indices);
    }

    void removedIndices(List<String> indices) {
        this.removedIndices = List.copyOf(indices);
    }

    void addToTotal(long events) {
        eventsTotal.addAndGet(events);
    }

    void read(long events) {
        eventsRead.addAndGet(events);
    }

    void skipped() {
        eventsSkipped.incrementAndGet();
    }

    void written(long documents) {
        documentsWritten.addAndGet(documents);
    }

    long eventsRead() {
        return eventsRead.get();
    }

    long documentsWritten() {
        return documentsWritten.get();
    }

    void switched(Instant at) {
        this.switchedAt = at;
    }

    void finished(Instant at) {
        this.step = RebuildStep.DONE;
        this.finishedAt = at;
        this.state = RebuildState.SWITCHED;
    }

    void failed(Instant at, String reason) {
        this.error = reason;
        this.finishedAt = at;
        this.state = RebuildState.FAILED;
    }

    RebuildView view() {
        return new RebuildView(id, state, step, eventsRead.get(), eventsTotal.get(), eventsSkipped.get(),
                documentsWritten.get(), startedAt, switchedAt, finishedAt, newIndices, previousIndices, removedIndices,
                error);
    }

    @Nullable
    String error() {
        return error;
    }
}
