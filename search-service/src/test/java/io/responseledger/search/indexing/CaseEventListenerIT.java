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
import io.responseledger.contracts.CaseEventType;
import io.responseledger.search.CaseEvents;
import io.responseledger.search.ConsumerGroups;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The listener through the real broker into the real index, and the batch it writes for one poll straight
 * through {@link CaseIndex}. The consumer group is new for each run and
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

    /** Written to directly by the tests of one poll's batch, without the broker. */
    @Inject
    CaseIndex index;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        ConsumerGroups.startAtEnd("search-service-it-" + prefix);
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
        GetResponse<Map> responseDoc = raw("responses", responseId);
        assertThat(responseDoc.version()).isEqualTo(2L);
        assertThat(responseDoc.source()).containsEntry("text", "第二版回应：已督促整改。");
    }

    @Test
    void duplicateAndOutOfOrderEventsLeaveTheLatestVersionInEveryIndex() throws IOException {
        ThreeVersions c = new ThreeVersions("版本测试 " + marker);
        String key = c.caseId().toString();

        // Delivered as: 2, 3, 3 again (a redelivery), 1 (late), 2 again.
        for (CaseEvent event : List.of(c.v2(), c.v3(), c.v3(), c.v1(), c.v2())) {
            producer.send(key, event);
        }
        UUID follower = UUID.randomUUID();
        producer.send(key, CaseEvents.opened(follower, 1, "跟随事件 " + marker, "用于确认处理顺序"));
        await().atMost(INDEXED_WITHIN).untilAsserted(() -> assertThat(rawCase(follower).found()).isTrue());

        assertEveryDocumentAtVersion3(c);
    }

    /** Versions 1 to 3 of a case whose one commitment goes OPEN, IN_PROGRESS, VERIFIED. */
    private record ThreeVersions(UUID caseId, UUID responseId, UUID commitmentId, String title) {

        ThreeVersions(String title) {
            this(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), title);
        }

        CaseEvent v1() {
            return version(1, "OPEN");
        }

        CaseEvent v2() {
            return version(2, "IN_PROGRESS");
        }

        CaseEvent v3() {
            return version(3, "VERIFIED");
        }

        private CaseEvent version(long version, String status) {
            return CaseEvents.commitmentProgress(caseId, responseId, commitmentId, version, status, title);
        }
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

    @Test
    void batchHoldingSeveralVersionsOfACaseLeavesEveryDocumentAtTheHighest() throws IOException {
        ThreeVersions c = new ThreeVersions("版本测试 " + marker);
        CaseEvent other = CaseEvents.opened(UUID.randomUUID(), 1, "同一批的另一件 " + marker, "内容");

        // One poll as it can arrive: out of order, with a redelivery.
        List<CaseIndex.Outcome> outcomes = index.write(List.of(c.v2(), c.v3(), c.v1(), c.v3(), other));

        assertThat(outcomes).extracting(CaseIndex.Outcome::result).containsExactly(
                CaseIndex.Result.SUPERSEDED, CaseIndex.Result.WRITTEN, CaseIndex.Result.SUPERSEDED,
                CaseIndex.Result.SUPERSEDED, CaseIndex.Result.WRITTEN);
        assertThat(outcomes.get(1).documentsWritten()).isEqualTo(3);
        assertEveryDocumentAtVersion3(c);

        // A later batch holding an older version changes nothing.
        assertThat(index.write(List.of(c.v2()))).extracting(CaseIndex.Outcome::result)
                .containsExactly(CaseIndex.Result.STALE);
        assertEveryDocumentAtVersion3(c);
    }

    @Test
    void eventWhoseDocumentsCannotBeBuiltIsRefusedAndTheRestOfTheBatchIsWritten() throws IOException {
        UUID broken = UUID.randomUUID();
        CaseEvent withoutResponseId = Snapshots.of(broken).title("回应没有编号 " + marker).status("RESPONDED")
                .report("报告", "2024-03-01T02:00:00Z")
                .response(Snapshots.response(null, "回应", "政府网站", "市住建局", "2024-03-01T03:00:00Z", "PUBLIC"))
                .event(CaseEventType.RESPONSE_RECORDED, 1);
        CaseEvent good = CaseEvents.opened(UUID.randomUUID(), 1, "正常案件 " + marker, "内容");

        List<CaseIndex.Outcome> outcomes = index.write(List.of(withoutResponseId, good));

        assertThat(outcomes.get(0).result()).isEqualTo(CaseIndex.Result.REFUSED);
        assertThat(outcomes.get(0).reason()).isEqualTo("indexing failed: NullPointerException");
        assertThat(outcomes.get(1).result()).isEqualTo(CaseIndex.Result.WRITTEN);
        assertThat(rawCase(good.caseId()).found()).isTrue();
        assertThat(rawCase(broken).found()).isFalse();
    }

    private void assertEveryDocumentAtVersion3(ThreeVersions c) throws IOException {
        GetResponse<Map> caseDoc = rawCase(c.caseId());
        assertThat(caseDoc.version()).isEqualTo(3L);
        assertThat(caseDoc.source()).containsEntry("commitmentStatus", List.of("VERIFIED"));
        assertThat(raw("responses", c.responseId()).version()).isEqualTo(3L);
        GetResponse<Map> commitmentDoc = raw("commitments", c.commitmentId());
        assertThat(commitmentDoc.version()).isEqualTo(3L);
        assertThat(commitmentDoc.source()).containsEntry("status", "VERIFIED").containsEntry("keptOnTime", true);
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
        return raw("cases", caseId);
    }

    private GetResponse<Map> raw(String kind, UUID id) throws IOException {
        return elasticsearch.get(g -> g.index(prefix + "-" + kind).id(id.toString()), Map.class);
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
