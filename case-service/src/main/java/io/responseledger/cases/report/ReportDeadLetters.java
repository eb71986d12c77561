package io.responseledger.cases.report;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.messaging.annotation.MessageHeader;
import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Reports that can never become a case, kept with the reason on {@link Topics#OPINION_REPORTS_DLQ}. The record is
 * sent as received, byte for byte, so it can be inspected and replayed. Sending blocks until acknowledged.
 */
@KafkaClient(id = "report-dead-letters", acks = KafkaClient.Acknowledge.ALL,
        properties = @Property(name = ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, value = "true"))
interface ReportDeadLetters {

    @Topic(Topics.OPINION_REPORTS_DLQ)
    void send(@KafkaKey @Nullable byte[] key,
              @MessageBody @Nullable byte[] value,
              @MessageHeader(Topics.DEAD_LETTER_REASON_HEADER) String reason,
              @MessageHeader("x-original-topic") String originalTopic,
              @MessageHeader("x-original-partition") String originalPartition,
              @MessageHeader("x-original-offset") String originalOffset);
}
