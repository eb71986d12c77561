package io.responseledger.search.indexing;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageHeader;
import io.responseledger.contracts.Topics;

/** Parks case-event records that can never be indexed, unchanged, with the reason in a header. */
@KafkaClient(id = "search-dead-letters", acks = KafkaClient.Acknowledge.ALL)
interface DeadLetterClient {

    String SOURCE_HEADER = "x-dead-letter-source";

    /** Blocks until the broker has the record, so the original offset is committed only after that. */
    @Topic(Topics.CASE_EVENTS_DLQ)
    void send(@KafkaKey @Nullable String key,
              @Nullable byte[] value,
              @MessageHeader(name = Topics.DEAD_LETTER_REASON_HEADER) String reason,
              @MessageHeader(name = SOURCE_HEADER) String source);
}
