package io.responseledger.cases.outbox;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.messaging.annotation.MessageHeader;
import io.responseledger.contracts.Topics;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.concurrent.CompletableFuture;

/** Publishes outbox entries to {@link Topics#CASE_EVENTS}, keyed by case id so one case's events stay in order. */
@Singleton
@Requires(property = "kafka.enabled", notEquals = "false")
class KafkaCaseEventPublisher implements CaseEventPublisher {

    private final CaseEventsClient client;

    KafkaCaseEventPublisher(CaseEventsClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<?> publish(OutboxEntry entry) {
        return client.send(entry.caseId().toString(), entry.payload(), entry.eventId().toString(), entry.eventType());
    }

    @KafkaClient(id = "case-events", acks = KafkaClient.Acknowledge.ALL,
            properties = @Property(name = ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, value = "true"))
    interface CaseEventsClient {

        @Topic(Topics.CASE_EVENTS)
        CompletableFuture<RecordMetadata> send(@KafkaKey String caseId, @MessageBody String caseEventJson,
                                               @MessageHeader("x-event-id") String eventId,
                                               @MessageHeader("x-event-type") String eventType);
    }
}
