package io.responseledger.intake.testsupport;

import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays the hotline platform on Kafka: publishes raw message bytes to {@code hotline.messages.raw.v1}, keyed by
 * work-order number, with a plain Kafka producer and none of intake's code, as docs/hotline.md tells the
 * platform to.
 */
public final class HotlinePlatform implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public HotlinePlatform(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** Publishes and waits for the broker's acknowledgement. */
    public void publish(String key, String message) {
        try {
            producer.send(new ProducerRecord<>(Topics.HOTLINE_MESSAGES_RAW, key, message.getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("hotline message not acknowledged", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
