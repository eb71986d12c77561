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

import java.util.List;

/**
 * Feeds case events into the index, one poll at a time: whatever arrived since the last poll (at most
 * {@code max.poll.records}, application.yml) is written in one bulk request, so a burst does not queue up
 * behind one request and one offset commit per event. The value arrives as bytes and is decoded by the
 * handler, so a record that is not a valid event still reaches the dead-letter topic with its original bytes.
 *
 * <p>Offsets are committed once per poll, after the handler returned, i.e. after Elasticsearch acknowledged
 * the bulk request and every dead letter was sent. When the handler throws (a
 * {@link TransientIndexingException}: Elasticsearch unreachable or overloaded), nothing is committed, the
 * partitions of the poll are moved back to where it started and paused, and the whole poll is retried after
 * a fixed delay, without limit: a long Elasticsearch outage delays indexing but skips nothing. (The
 * framework's exponential delay has no cap, which would grow to hours during such an outage.) Any other
 * exception is retried the same way rather than skipped: skipping would drop a whole poll of events.
 */
@Requires(property = "ledger.search.consumer.enabled", notEquals = "false")
@KafkaListener(
        groupId = "${ledger.search.consumer.group-id:search-service}",
        offsetReset = OffsetReset.EARLIEST,
        batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(
                value = ErrorStrategyValue.RETRY_ON_ERROR,
                retryDelay = "${ledger.search.consumer.retry-delay:2s}",
                retryCount = Integer.MAX_VALUE))
class CaseEventListener {

    private final CaseEventHandler handler;

    CaseEventListener(CaseEventHandler handler) {
        this.handler = handler;
    }

    @Topic(Topics.CASE_EVENTS)
    void receive(List<ConsumerRecord<String, byte[]>> records) {
        handler.handle(records.stream()
                .map(r -> new CaseEventHandler.CaseEventRecord(r.key(), r.value(),
                        r.topic() + "-" + r.partition() + "@" + r.offset()))
                .toList());
    }
}
