package io.responseledger.intake.hotline;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads what the hotline platform publishes to {@code hotline.messages.raw.v1}. A thin adapter: the work is in
 * {@link HotlineTopicConsumer}.
 *
 * <p>Offsets are committed per record, after the method returned, that is after the report was acknowledged by
 * Kafka or the message was acknowledged by the dead-letter topic. When Kafka cannot take the report (a transient
 * failure) the method throws; the consumer then seeks back to that record and tries it again after the retry
 * delay, for as long as it takes: nothing is skipped and nothing transient is dead-lettered. Values are read as
 * bytes so that a message that is not JSON reaches our code (and the dead-letter topic) instead of failing in a
 * deserialiser. Off with {@code ledger.hotline.topic.enabled=false}.
 */
@KafkaListener(
        groupId = "${ledger.hotline.topic.group-id:intake-service-hotline}",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(
                value = ErrorStrategyValue.RETRY_ON_ERROR,
                retryDelay = "${ledger.hotline.topic.retry-delay:2s}",
                retryCount = Integer.MAX_VALUE))
@Requires(property = "ledger.hotline.topic.enabled", notEquals = StringUtils.FALSE, defaultValue = StringUtils.TRUE)
class HotlineTopicListener {

    private final HotlineTopicConsumer consumer;

    HotlineTopicListener(HotlineTopicConsumer consumer) {
        this.consumer = consumer;
    }

    @Topic(Topics.HOTLINE_MESSAGES_RAW)
    void receive(ConsumerRecord<String, byte[]> record) {
        consumer.process(record);
    }
}
