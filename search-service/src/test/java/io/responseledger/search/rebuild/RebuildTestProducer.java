package io.responseledger.search.rebuild;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.Topics;

/** Plays the case service in the rebuild tests. */
@KafkaClient(id = "search-it-rebuild-events", acks = KafkaClient.Acknowledge.ALL)
interface RebuildTestProducer {

    @Topic(Topics.CASE_EVENTS)
    void send(@KafkaKey String key, CaseEvent event);
}
