package io.responseledger.intake.hotline;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.responseledger.contracts.Topics;
import io.responseledger.intake.IntakeConfiguration;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a hotline message that can never be accepted to {@code hotline.messages.dlq.v1}: key and value exactly as
 * read (the value may hold the caller's personal data, so the topic is as restricted as the raw one), the
 * original headers, and the dead-letter headers naming the reason and the original topic, partition and offset.
 * Waits for the acknowledgement (acks=all, idempotent producer, kafka.producers.hotline-dead-letters), so the
 * original offset is committed only once the message is safe in the dead-letter topic.
 */
@Singleton
class HotlineDeadLetters {

    /** The dead-letter topic did not take the message; the original must be read again. */
    static class NotDeadLettered extends RuntimeException {
        NotDeadLettered(Throwable cause) {
            super("Hotline message not acknowledged by the dead-letter topic", cause);
        }
    }

    private final Producer<byte[], byte[]> producer;
    private final IntakeConfiguration configuration;

    HotlineDeadLetters(@KafkaClient("hotline-dead-letters") Producer<byte[], byte[]> producer,
                       IntakeConfiguration configuration) {
        this.producer = producer;
        this.configuration = configuration;
    }

    void send(ConsumerRecord<String, byte[]> original, String reason) {
        List<Header> headers = new ArrayList<>();
        original.headers().forEach(headers::add);
        headers.add(header(Topics.DEAD_LETTER_REASON_HEADER, reason));
        headers.add(header(Topics.DEAD_LETTER_ORIGINAL_TOPIC_HEADER, original.topic()));
        headers.add(header(Topics.DEAD_LETTER_ORIGINAL_PARTITION_HEADER, String.valueOf(original.partition())));
        headers.add(header(Topics.DEAD_LETTER_ORIGINAL_OFFSET_HEADER, String.valueOf(original.offset())));
        byte[] key = original.key() == null ? null : original.key().getBytes(StandardCharsets.UTF_8);
        var record = new ProducerRecord<>(Topics.HOTLINE_MESSAGES_DLQ, null, key, original.value(), headers);
        try {
            producer.send(record).get(configuration.getPublishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotDeadLettered(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new NotDeadLettered(e);
        }
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
