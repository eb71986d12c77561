package io.responseledger.search.indexing;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Plays the case service in tests. */
@KafkaClient(id = "search-it-case-events", acks = KafkaClient.Acknowledge.ALL)
interface TestCaseEventProducer {

    @Topic(Topics.CASE_EVENTS)
    void send(@KafkaKey String key, CaseEvent event);

    /** Like {@link #send}, and tells where the record landed. */
    @Topic(Topics.CASE_EVENTS)
    RecordMetadata sendLocated(@KafkaKey String key, CaseEvent event);

    @Topic(Topics.CASE_EVENTS)
    void sendRaw(@KafkaKey String key, byte[] value);
}
