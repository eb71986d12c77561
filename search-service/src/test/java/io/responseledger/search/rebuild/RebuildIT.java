package io.responseledger.search.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.Topics;
import io.responseledger.search.CaseEvents;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import io.responseledger.search.index.LedgerIndices;
import io.responseledger.search.security.Roles;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild through the real broker and node while the case service keeps publishing: the live consumer and
 * the replay both write, the aliases move once, and at the end every document holds the latest version that
 * was published. The replay reads the whole shared test topic (other tests' events too); only this run's cases
 * are compared, each by its id. The live consumer starts at the end of the topic, so it never writes the
 * events published before the rebuild into the new indices: those can only come from the replay.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIT implements TestPropertyProvider {

    private static final int CASES = 30;
    private static final int ROUNDS_BEFORE = 20;
    private static final Duration WITHIN = Duration.ofSeconds(120);

    private final String prefix = TestIndices.newPrefix();
    /** Case id → the latest version published, and the id of the one response each case carries. */
    private final Map<UUID, Long> latest = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> responseIds = new ConcurrentHashMap<>();

    @Inject
    RebuildTestProducer producer;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    LedgerIndices indices;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        String group = "search-service-it-" + prefix;
        startGroupAtTheEnd(group);
        return Map.of(
                "ledger.search.index.prefix", prefix,
                "ledger.search.consumer.group-id", group,
                "ledger.search.consumer.retry-delay", "500ms",
                // One writer keeps the rebuild slow enough for events to arrive during its steps.
                "ledger.search.rebuild.writers", "1",
                "ledger.search.rebuild.keep-previous", "0",
                "micronaut.server.port", "-1");
    }

    /**
     * The shared test topic holds every earlier run's events. The rebuild must read them all, but the live
     * consumer needs only this run's: its new group starts at the current end instead of the beginning.
     */
    private static void startGroupAtTheEnd(String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            consumer.endOffsets(partitions).forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
            consumer.commitSync(ends);
        }
    }

    @AfterAll
    void deleteIndices() throws IOException {
        List<String> names = List.copyOf(elasticsearch.indices().get(g -> g.index(prefix + "-*")).result().keySet());
        if (!names.isEmpty()) {
            elasticsearch.indices().delete(d -> d.index(names));
        }
    }

    @Test
    void rebuildWhileEventsKeepArrivingEndsEqualToWhatWasPublished() throws Exception {
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            responseIds.put(caseId, UUID.randomUUID());
        }
        // A third of the cases change only before the rebuild, so only the replay can bring them into the new
        // indices; a third change until the switch, so they need the catch-up; a third go on changing after it.
        List<UUID> untilSwitch = cases.subList(CASES / 3, CASES);
        List<UUID> changingAfterSwitch = cases.subList(2 * CASES / 3, CASES);
        for (int round = 1; round <= ROUNDS_BEFORE; round++) {
            publishRound(cases, round);
        }
        indices.ensureReady();
        String oldCasesIndex = aliasTargets(prefix + "-cases").get(0);

        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean switched = new AtomicBoolean();
        AtomicInteger publishedWhileRunning = new AtomicInteger();
        AtomicReference<Throwable> producerFailure = new AtomicReference<>();
        Thread publisher = new Thread(() -> {
            try {
                int round = ROUNDS_BEFORE + 1;
                int roundsAfterSwitch = 0;
                while (roundsAfterSwitch < 3) {
                    boolean runningNow = started.get() && !switched.get();
                    boolean afterSwitch = switched.get();
                    List<UUID> changing = afterSwitch ? changingAfterSwitch : untilSwitch;
                    int published = round++;
                    publishRound(changing, published);
                    if (runningNow && !switched.get()) {
                        publishedWhileRunning.addAndGet(untilSwitch.size());
                    } else if (afterSwitch) {
                        roundsAfterSwitch++;
                    }
                    // The next round only once the live consumer has indexed this one: paced by the service
                    // itself, so the rebuild sees events arrive before, during and after its switch.
                    UUID last = changing.get(changing.size() - 1);
                    await().atMost(WITHIN).pollInterval(Duration.ofMillis(50))
                            .until(() -> indexedVersion(last) >= published);
                }
            } catch (Throwable e) {
                producerFailure.set(e);
            }
        }, "rebuild-it-publisher");
        publisher.start();

        HttpResponse<Map> accepted = http.toBlocking().exchange(
                HttpRequest.POST(RebuildController.PATH, "").bearerAuth(TestTokens.forRole(Roles.ADMIN)), Map.class);
        started.set(true);
        assertThat(accepted.code()).isEqualTo(202);
        String id = (String) accepted.body().get("id");
        assertThat(accepted.getHeaders().get(HttpHeaders.LOCATION)).isEqualTo(RebuildController.PATH + "/" + id);
        assertThat(accepted.body()).containsEntry("state", "RUNNING");

        HttpClientResponseException second = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST(RebuildController.PATH, "")
                        .bearerAuth(TestTokens.forRole(Roles.ADMIN)), String.class));
        assertThat(second).as("a second rebuild while the first runs").isNotNull();
        assertThat(second.getStatus().getCode()).isEqualTo(409);
        assertThat(second.getResponse().getBody(String.class).orElseThrow()).contains("重建正在进行").contains(id);

        Map<String, Object> done = await().atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> rebuild("/" + id), view -> !"RUNNING".equals(view.get("state")));
        switched.set(true);
        assertThat(done).as("rebuild %s", done).containsEntry("state", "SWITCHED");
        publisher.join(WITHIN.toMillis());
        assertThat(producerFailure.get()).isNull();
        assertThat(publishedWhileRunning.get()).as("events published while the rebuild ran").isGreaterThan(0);

        @SuppressWarnings("unchecked")
        Map<String, String> newIndices = (Map<String, String>) done.get("newIndices");
        assertThat(newIndices).containsOnlyKeys("cases", "responses", "commitments");
        assertThat(aliasTargets(prefix + "-cases")).containsExactly(newIndices.get("cases"));
        assertThat(aliasTargets(prefix + "-responses")).containsExactly(newIndices.get("responses"));
        assertThat(aliasTargets(prefix + "-commitments")).containsExactly(newIndices.get("commitments"));
        assertThat((List<Object>) done.get("previousIndices")).contains(oldCasesIndex);
        assertThat((List<Object>) done.get("removedIndices")).contains(oldCasesIndex);
        assertThat(elasticsearch.indices().exists(e -> e.index(oldCasesIndex)).value()).isFalse();
        assertThat(((Number) done.get("eventsRead")).longValue()).isGreaterThanOrEqualTo((long) CASES * ROUNDS_BEFORE);
        assertThat(((Number) done.get("eventsRead")).longValue()).isEqualTo(((Number) done.get("eventsTotal")).longValue());
        assertThat(((Number) done.get("documentsWritten")).longValue()).isGreaterThan(0);
        assertThat(done.get("finishedAt")).isNotNull();
        assertThat(rebuild("/current")).containsEntry("id", id);

        // Quiescence: the live consumer has caught up with the last rounds, through the aliases, into the new indices.
        await().atMost(WITHIN).untilAsserted(() -> {
            for (UUID caseId : cases) {
                long version = latest.get(caseId);
                GetResponse<Map> caseDoc = elasticsearch.get(g -> g.index(prefix + "-cases").id(caseId.toString()), Map.class);
                assertThat(caseDoc.found()).as("case %s", caseId).isTrue();
                assertThat(caseDoc.version()).as("case %s", caseId).isEqualTo(version);
                assertThat(caseDoc.source()).containsEntry("title", title(caseId, version));
                GetResponse<Map> responseDoc = elasticsearch.get(g -> g.index(prefix + "-responses")
                        .id(responseIds.get(caseId).toString()), Map.class);
                assertThat(responseDoc.version()).as("response of case %s", caseId).isEqualTo(version);
                assertThat(responseDoc.source()).containsEntry("text", responseText(version));
            }
        });

        // The live consumer timed every event it wrote, from occurredAt to Elasticsearch's acknowledgement.
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus")
                .bearerAuth(TestTokens.forRole(Roles.ADMIN)));
        assertThat(metric(metrics, "ledger_search_indexing_lag_seconds_count")).isGreaterThanOrEqualTo(CASES);
        assertThat(metric(metrics, "ledger_search_events_indexed_total{outcome=\"written\"")).isGreaterThanOrEqualTo(CASES);
    }

    /** The value of the first sample whose line starts with {@code name}. */
    private static double metric(String exposition, String name) {
        return exposition.lines()
                .filter(line -> line.startsWith(name))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not exported"));
    }

    @Test
    void unknownRebuildIs404() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(RebuildController.PATH + "/" + UUID.randomUUID())
                        .bearerAuth(TestTokens.forRole(Roles.ADMIN)), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("找不到索引重建");
    }

    /** Publishes the next version of every case; every fifth round also repeats an older one, late. */
    /** The version of the case's document behind the alias, as Elasticsearch holds it now (0 when absent). */
    private long indexedVersion(UUID caseId) throws IOException {
        var found = elasticsearch.get(g -> g.index(prefix + "-cases").id(caseId.toString()), Map.class);
        return found.found() && found.version() != null ? found.version() : 0;
    }

    private void publishRound(List<UUID> cases, int round) {
        for (UUID caseId : cases) {
            producer.send(caseId.toString(), event(caseId, round));
            latest.put(caseId, (long) round);
            if (round % 5 == 0) {
                producer.send(caseId.toString(), event(caseId, round - 2));
            }
        }
    }

    private CaseEvent event(UUID caseId, long version) {
        return CaseEvents.responded(caseId, responseIds.get(caseId), version, title(caseId, version),
                "工地拖欠农民工工资", responseText(version), "月底前结清欠薪");
    }

    private static String title(UUID caseId, long version) {
        return "拖欠工资案件 " + caseId.toString().substring(0, 8) + " 第" + version + "版";
    }

    private static String responseText(long version) {
        return "第" + version + "版回应：已责令用工单位限期支付。";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rebuild(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(RebuildController.PATH + path)
                .bearerAuth(TestTokens.forRole(Roles.ADMIN)), Map.class);
    }

    private List<String> aliasTargets(String alias) throws IOException {
        return List.copyOf(elasticsearch.indices().getAlias(g -> g.name(alias)).result().keySet());
    }
}
