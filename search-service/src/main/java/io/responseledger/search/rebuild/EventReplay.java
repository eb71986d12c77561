package io.responseledger.search.rebuild;

import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Reads {@code case.events.v1} from the beginning with a consumer of its own: every partition assigned, no
 * consumer group and no committed offsets, so the live consumer's group and position are never touched.
 * Reading is bounded by end offsets captured at chosen moments, so "everything up to now" has a precise
 * meaning.
 */
final class EventReplay implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Duration pollTimeout;

    EventReplay(Properties kafka, Duration pollTimeout) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-rebuild-" + System.nanoTime());
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.pollTimeout = pollTimeout;
        this.partitions = consumer.partitionsFor(Topics.CASE_EVENTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The offset the next record of each partition will get. */
    Map<TopicPartition, Long> endOffsets() {
        return new HashMap<>(consumer.endOffsets(partitions));
    }

    /** Records from the current positions up to {@code ends}, the first offset still to read. */
    long remaining(Map<TopicPartition, Long> ends) {
        long remaining = 0;
        for (TopicPartition partition : partitions) {
            remaining += Math.max(0, ends.getOrDefault(partition, 0L) - consumer.position(partition));
        }
        return remaining;
    }

    /**
     * Hands every record before {@code ends} to {@code batchHandler}, one poll's worth at a time, and returns
     * once each partition's position has reached its end. Records past an end (a poll can return them) are
     * not handed over; the partition is moved back so that a later call reads them.
     *
     * @param stop checked between polls; true aborts with {@link InterruptedException}
     */
    void readUntil(Map<TopicPartition, Long> ends, BatchHandler batchHandler, BooleanSupplier stop)
            throws InterruptedException {
        while (true) {
            List<TopicPartition> behind = new ArrayList<>();
            List<TopicPartition> done = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                (consumer.position(partition) < ends.getOrDefault(partition, 0L) ? behind : done).add(partition);
            }
            if (behind.isEmpty()) {
                return;
            }
            if (stop.getAsBoolean()) {
                throw new InterruptedException("rebuild stopped");
            }
            consumer.pause(done);
            consumer.resume(behind);
            ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
            for (TopicPartition partition : records.partitions()) {
                long end = ends.getOrDefault(partition, 0L);
                for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                    if (record.offset() < end) {
                        batch.add(record);
                    } else {
                        consumer.seek(partition, end);
                        break;
                    }
                }
            }
            if (!batch.isEmpty()) {
                batchHandler.handle(batch);
            }
        }
    }

    Set<TopicPartition> partitions() {
        return Set.copyOf(partitions);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    @FunctionalInterface
    interface BatchHandler {
        void handle(List<ConsumerRecord<String, byte[]>> batch) throws InterruptedException;
    }
}
