package io.responseledger.search;

import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Test consumer groups that start at the current end of {@code case.events.v1}. The shared test broker holds
 * every event earlier runs (and other modules' tests) left on the topic; a new group reading all of them first
 * would make a test wait minutes for its own few events.
 */
public final class ConsumerGroups {

    private ConsumerGroups() {
    }

    public static String bootstrap() {
        return System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    /** Commits the topic's end offsets for {@code groupId}; call before the listener starts. */
    public static void startAtEnd(String groupId) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> ends = endOffsets(admin).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
            admin.alterConsumerGroupOffsets(groupId, ends).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not position consumer group " + groupId, e);
        }
    }

    public static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.CASE_EVENTS))
                .allTopicNames().get().get(Topics.CASE_EVENTS).partitions().stream()
                .map(p -> new TopicPartition(Topics.CASE_EVENTS, p.partition()))
                .toList();
        return admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
