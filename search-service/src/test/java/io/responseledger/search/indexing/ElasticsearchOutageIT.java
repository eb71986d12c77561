package io.responseledger.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.contracts.Topics;
import io.responseledger.search.CaseEvents;
import io.responseledger.search.ConsumerGroups;
import io.responseledger.search.SwitchableProxy;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch goes away (a proxy in front of the real node is switched off) while an event arrives: the
 * listener keeps retrying without committing the offset, search answers 503, and once Elasticsearch is
 * back the event is indexed.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchOutageIT implements TestPropertyProvider {

    private static final String BOOTSTRAP =
            System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");

    private final SwitchableProxy proxy = new SwitchableProxy(
            java.net.URI.create(System.getenv().getOrDefault("ELASTICSEARCH_URL", "http://127.0.0.1:9200")).getPort());
    private final String prefix = TestIndices.newPrefix();
    private final String groupId = "search-service-it-" + prefix;
    private final String marker = "run" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @Inject
    TestCaseEventProducer producer;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    JsonMapper json;

    ElasticsearchOutageIT() throws IOException {
    }

    @Override
    public Map<String, String> getProperties() {
        ConsumerGroups.startAtEnd(groupId);
        return Map.of(
                "elasticsearch.http-hosts", "http://127.0.0.1:" + proxy.port(),
                "ledger.search.index.prefix", prefix,
                "ledger.search.consumer.group-id", groupId,
                "ledger.search.consumer.retry-delay", "300ms",
                "micronaut.server.port", "-1");
    }

    @AfterAll
    void cleanUp() throws IOException {
        proxy.switchOn();
        TestIndices.delete(elasticsearch, prefix);
        proxy.close();
    }

    @Test
    void eventArrivingWhileElasticsearchIsDownIsIndexedOnceItIsBack() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            // The group starts at the end of the topic (ConsumerGroups); make sure it has caught up, so the
            // attempts counted below are for this test's event.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(lag(admin)).isZero());

            proxy.switchOff();
            UUID caseId = UUID.randomUUID();
            RecordMetadata sent = producer.sendLocated(caseId.toString(), CaseEvents.opened(caseId, 1,
                    "停电期间到达的事件 " + marker, "检索服务恢复后必须能查到"));
            TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());

            int refusedBefore = proxy.refusedConnections();
            await().atMost(Duration.ofSeconds(30)).until(() -> proxy.refusedConnections() >= refusedBefore + 3);
            assertThat(committed(admin, partition)).isLessThanOrEqualTo(sent.offset());
            HttpClientResponseException unavailable = catchThrowableOfType(HttpClientResponseException.class,
                    () -> hits("停电 " + marker));
            assertThat(unavailable.getStatus().getCode()).isEqualTo(503);

            proxy.switchOn();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(hits("停电 " + marker)).extracting(h -> h.get("caseId"))
                            .containsExactly(caseId.toString()));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(committed(admin, partition)).isGreaterThan(sent.offset()));
        }
    }

    private long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.CASE_EVENTS))
                .allTopicNames().get().get(Topics.CASE_EVENTS).partitions().stream()
                .map(p -> new TopicPartition(Topics.CASE_EVENTS, p.partition()))
                .toList();
        Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        long lag = 0;
        for (TopicPartition p : partitions) {
            OffsetAndMetadata c = committed.get(p);
            lag += ends.get(p) - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    /** The group's committed offset: the next record it will read from that partition. */
    private long committed(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get().get(partition);
        return committed == null ? 0 : committed.offset();
    }

    private List<Map<String, Object>> hits(String q) throws IOException {
        String body = http.toBlocking().retrieve(HttpRequest.GET(
                UriBuilder.of("/api/v1/search").queryParam("q", q).build()).bearerAuth(TestTokens.forRole("LEADER")));
        Map<String, Object> page = json.readValue(body, Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) page.get("hits");
        return hits;
    }
}
