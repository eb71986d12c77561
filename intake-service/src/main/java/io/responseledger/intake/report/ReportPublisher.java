package io.responseledger.intake.report;

import io.micronaut.context.annotation.Property;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.concurrent.CompletableFuture;

/**
 * Produces accepted reports. acks=all with an idempotent producer: a report counts as accepted only once
 * every in-sync replica has it, and the producer's own retries never write it twice. The timeouts that
 * bound a send are configuration, under {@code kafka.producers.opinion-reports}.
 */
@KafkaClient(
        id = "opinion-reports",
        acks = KafkaClient.Acknowledge.ALL,
        properties = @Property(name = ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, value = "true"))
interface ReportPublisher {

    @Topic(Topics.OPINION_REPORTS)
    CompletableFuture<RecordMetadata> publish(@KafkaKey String reportId, ReportSubmitted report);
}
