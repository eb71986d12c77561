package io.responseledger.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.Topics;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.search.CaseEvents;
import io.responseledger.search.Snapshots;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The listener through the real broker into the real index. The consumer group is new for each run and
 * starts at the earliest offset, so it also replays whatever earlier runs left on the topic; every case
 * here carries a marker word unique to this run, which is what the searches look for.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseEventListenerIT implements TestPropertyProvider {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(90);

    private final String prefix = TestIndices.newPrefix();
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

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ledger.search.index.prefix", prefix,
                "ledger.search.consumer.group-id", "search-service-it-" + prefix,
                "ledger.search.consumer.retry-delay", "500ms",
                "micronaut.server.port", "-1");
    }

    @AfterAll
    void deleteIndices() throws IOException {
        TestIndices.delete(elasticsearch, prefix);
    }

    @Test
    void publishedEventBecomesSearchableWithHighlight() {
        UUID caseId = UUID.randomUUID();
        UUID responseId = UUID.randomUUID();
        producer.send(caseId.toString(), CaseEvents.responded(caseId, responseId, 3,
                "工地拖欠工资 " + marker, "农民工反映工地拖欠工资三个月。",
                "已责令施工单位限期支付拖欠工资。", "4月30日前结清工资"));

        await().atMost(INDEXED_WITHIN).untilAsserted(() -> {
            List<Map<String, Object>> hits = hits("工资 " + marker);
            assertThat(hits).extracting(h -> h.get("kind")).containsExactlyInAnyOrder("CASE", "RESPONSE");
            Map<String, Object> response = hits.stream()
                    .filter(h -> "RESPONSE".equals(h.get("kind"))).findFirst().orElseThrow();
            assertThat(response.get("responseId")).isEqualTo(responseId.toString());
            assertThat(highlights(response, "text")).anySatisfy(f -> assertThat(f).contains("<em>工资</em>"));
        });
    }

    @Test
    void olderVersionArrivingAfterANewerOneDoesNotRollTheDocumentsBack() throws IOException {
        UUID caseId = UUID.randomUUID();
        UUID responseId = UUID.randomUUID();
        String key = caseId.toString();
        producer.send(key, CaseEvents.responded(caseId, responseId, 2,
                "新标题 " + marker, "报告", "第二版回应：已督促整改。", "限期整改"));
        await().atMost(INDEXED_WITHIN).untilAsserted(() ->
                assertThat(rawCase(caseId).version()).isEqualTo(2L));

        producer.send(key, CaseEvents.responded(caseId, responseId, 1,
                "旧标题 " + marker, "报告", "第一版回应。", "旧承诺"));
        // Same key, same partition: once this later record is indexed, the older event has been handled too.
        UUID follower = UUID.randomUUID();
        producer.send(key, CaseEvents.opened(follower, 1, "跟随事件 " + marker, "用于确认处理顺序"));
        await().atMost(INDEXED_WITHIN).untilAsserted(() -> assertThat(rawCase(follower).found()).isTrue());

        GetResponse<Map> caseDoc = rawCase(caseId);
        assertThat(caseDoc.version()).isEqualTo(2L);
        assertThat(caseDoc.source()).containsEntry("title", "新标题 " + marker).containsEntry("caseVersion", 2);
        GetResponse<Map> responseDoc = elasticsearch.get(g -> g.index(prefix + "-responses").id(responseId.toString()), Map.class);
        assertThat(responseDoc.version()).isEqualTo(2L);
        assertThat(responseDoc.source()).containsEntry("text", "第二版回应：已督促整改。");
    }

    @Test
    void duplicateAndOutOfOrderEventsLeaveTheLatestVersionInEveryIndex() throws IOException {
        UUID caseId = UUID.randomUUID();
        UUID responseId = UUID.randomUUID();
        UUID commitmentId = UUID.randomUUID();
        String key = caseId.toString();
        CaseEvent v1 = withCommitment(caseId, responseId, commitmentId, 1, "OPEN");
        CaseEvent v2 = withCommitment(caseId, responseId, commitmentId, 2, "IN_PROGRESS");
        CaseEvent v3 = withCommitment(caseId, responseId, commitmentId, 3, "VERIFIED");

        // Delivered as: 2, 3, 3 again (a redelivery), 1 (late), 2 again.
        for (CaseEvent event : List.of(v2, v3, v3, v1, v2)) {
            producer.send(key, event);
        }
        UUID follower = UUID.randomUUID();
        producer.send(key, CaseEvents.opened(follower, 1, "跟随事件 " + marker, "用于确认处理顺序"));
        await().atMost(INDEXED_WITHIN).untilAsserted(() -> assertThat(rawCase(follower).found()).isTrue());

        assertThat(rawCase(caseId).version()).isEqualTo(3L);
        assertThat(rawCase(caseId).source()).containsEntry("commitmentStatus", List.of("VERIFIED"));
        GetResponse<Map> responseDoc = elasticsearch.get(g -> g.index(prefix + "-responses").id(responseId.toString()), Map.class);
        assertThat(responseDoc.version()).isEqualTo(3L);
        GetResponse<Map> commitmentDoc =
                elasticsearch.get(g -> g.index(prefix + "-commitments").id(commitmentId.toString()), Map.class);
        assertThat(commitmentDoc.version()).isEqualTo(3L);
        assertThat(commitmentDoc.source()).containsEntry("status", "VERIFIED").containsEntry("keptOnTime", true);
    }

    private CaseEvent withCommitment(UUID caseId, UUID responseId, UUID commitmentId, long version, String status) {
        Instant claimed = "VERIFIED".equals(status) ? Instant.parse("2024-04-01T02:00:00Z") : null;
        CaseSnapshot.Commitment commitment = new CaseSnapshot.Commitment(commitmentId, "限期整改", "市住建局",
                LocalDate.parse("2024-04-30"), status, null, null, claimed, claimed, claimed == null ? null : true,
                null, false);
        return Snapshots.of(caseId).title("版本测试 " + marker).status("RESPONDED").leadUnit("市住建局")
                .updated("2024-03-0" + version + "T02:00:00Z")
                .report("报告", "2024-03-01T02:00:00Z")
                .response(Snapshots.response(responseId, "回应第" + version + "版", "政府网站", "市住建局",
                        "2024-03-01T03:00:00Z", "PUBLIC", commitment))
                .event(CaseEventType.COMMITMENT_PROGRESS, version);
    }

    @Test
    void malformedRecordIsDeadLetteredWithItsReasonAndTheNextEventIsStillIndexed() {
        String key = UUID.randomUUID().toString();
        UUID nextCase = UUID.randomUUID();
        List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> dlq = deadLetterConsumerAtEnd()) {
            producer.sendRaw(key, "not json".getBytes(StandardCharsets.UTF_8));
            producer.send(key, CaseEvents.opened(nextCase, 1, "坏消息之后的事件 " + marker, "仍然被索引"));

            await().atMost(INDEXED_WITHIN).untilAsserted(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
                assertThat(deadLetters).filteredOn(r -> key.equals(r.key())).singleElement().satisfies(r -> {
                    assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
                    Header reason = r.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
                    assertThat(reason).isNotNull();
                    assertThat(new String(reason.value(), StandardCharsets.UTF_8)).startsWith("not a JSON CaseEvent");
                });
            });
        }
        await().atMost(INDEXED_WITHIN).untilAsserted(() ->
                assertThat(hits("坏消息之后 " + marker)).extracting(h -> h.get("caseId"))
                        .containsExactly(nextCase.toString()));
    }

    private KafkaConsumer<String, byte[]> deadLetterConsumerAtEnd() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_EVENTS_DLQ).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // position() makes the lazy seek happen now, before the test sends anything.
        partitions.forEach(consumer::position);
        return consumer;
    }

    private GetResponse<Map> rawCase(UUID caseId) throws IOException {
        return elasticsearch.get(g -> g.index(prefix + "-cases").id(caseId.toString()), Map.class);
    }

    private List<Map<String, Object>> hits(String q) throws IOException {
        String body = http.toBlocking().retrieve(HttpRequest.GET(
                UriBuilder.of("/api/v1/search").queryParam("q", q).build()).bearerAuth(TestTokens.forRole("LEADER")));
        Map<String, Object> page = json.readValue(body, Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) page.get("hits");
        return hits;
    }

    @SuppressWarnings("unchecked")
    private static List<String> highlights(Map<String, Object> hit, String field) {
        Map<String, List<String>> highlights = (Map<String, List<String>>) hit.get("highlights");
        return highlights.getOrDefault(field, List.of());
    }
}
