package io.responseledger.cases.support;

import io.micronaut.context.annotation.Requires;
import io.responseledger.cases.outbox.CaseEventPublisher;
import io.responseledger.cases.outbox.OutboxEntry;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Stands in for Kafka in tests without a broker: records what the outbox relay publishes, and answers each
 * publication as the test says (acknowledged by default).
 */
@Singleton
@Requires(property = "test.case-events", value = "recording")
public class RecordingCaseEventPublisher implements CaseEventPublisher {

    private final List<OutboxEntry> published = new CopyOnWriteArrayList<>();
    private volatile Function<OutboxEntry, CompletableFuture<?>> answer = entry -> CompletableFuture.completedFuture(null);

    @Override
    public CompletableFuture<?> publish(OutboxEntry entry) {
        published.add(entry);
        return answer.apply(entry);
    }

    public void answerWith(Function<OutboxEntry, CompletableFuture<?>> answer) {
        this.answer = answer;
    }

    public List<UUID> publishedEventIds() {
        return published.stream().map(OutboxEntry::eventId).toList();
    }

    public void reset() {
        published.clear();
        answer = entry -> CompletableFuture.completedFuture(null);
    }
}
