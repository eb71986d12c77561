package io.responseledger.cases.outbox;

import java.util.concurrent.CompletableFuture;

/** Sends one outbox entry to the case-events topic; the future completes when the broker has acknowledged it. */
public interface CaseEventPublisher {

    CompletableFuture<?> publish(OutboxEntry entry);
}
