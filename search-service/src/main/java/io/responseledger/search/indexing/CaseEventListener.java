package io.responseledger.search.indexing;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Feeds case events into the index. The value arrives as bytes and is decoded by the handler, so a record
 * that is not a valid event still reaches the dead-letter topic with its original bytes.
 *
 * <p>Offsets are committed per record, after the handler returned. On a {@link TransientIndexingException}
 * the partition is paused and the same record retried after a fixed delay, without limit: a long
 * Elasticsearch outage delays indexing but skips nothing. (The framework's exponential delay has no cap,
 * which would grow to hours during such an outage.)
 */
@Requires(property = "ledger.search.consumer.enabled", notEquals = "false")
@KafkaListener(
        groupId = "${ledger.search.consumer.group-id:search-service}",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(
                value = ErrorStrategyValue.RETRY_ON_ERROR,
                retryDelay = "${ledger.search.consumer.retry-delay:2s}",
                retryCount = Integer.MAX_VALUE,
                exceptionTypes = TransientIndexingException.class))
class CaseEventListener {

    private final CaseEventHandler handler;

    CaseEventListener(CaseEventHandler handler) {
        this.handler = handler;
    }

    @Topic(Topics.CASE_EVENTS)
    void receive(ConsumerRecord<String, byte[]> record) {
        handler.handle(record.key(), record.value(),
                record.topic() + "-" + record.partition() + "@" + record.offset());
    }
}
