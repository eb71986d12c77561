package io.responseledger.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.Topics;
import io.responseledger.search.CaseEvents;
import io.responseledger.search.ConsumerGroups;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import io.responseledger.search.problem.Problem;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * A real Elasticsearch node is stopped in the middle of a stream of case events and started again: while it
 * is down the listener commits no offset past the first record it could not index and search answers 503;
 * once it is back every event is indexed, updates included. The node is a dedicated one (port 19201, data
 * under target/es-restart) run by deploy/local/infra, never the shared test node.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchRestartIT implements TestPropertyProvider {

    private static final int PORT = 19201;
    private static final int TRANSPORT_PORT = 19301;
    private static final int PER_BATCH = 10;

    private final Path localDir = Path.of("target", "es-restart").toAbsolutePath();
    private final String prefix = TestIndices.newPrefix();
    private final String groupId = "search-service-it-" + prefix;
    private final String marker = "restart" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

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
        infra("start");
        // The new group starts at the end of the topic: what earlier runs left there is not this test's concern.
        ConsumerGroups.startAtEnd(groupId);
        return Map.of(
                "elasticsearch.http-hosts", "http://127.0.0.1:" + PORT,
                "ledger.search.index.prefix", prefix,
                "ledger.search.consumer.group-id", groupId,
                "ledger.search.consumer.retry-delay", "300ms",
                "micronaut.server.port", "-1");
    }

    @AfterAll
    void stopNode() {
        infra("stop");
    }

    @Test
    void eventsArrivingWhileTheNodeIsDownAreAllIndexedOnceItIsBack() throws Exception {
        List<UUID> before = new ArrayList<>();
        for (int i = 0; i < PER_BATCH; i++) {
            UUID caseId = UUID.randomUUID();
            before.add(caseId);
            send(CaseEvents.opened(caseId, 1, "重启前案件 " + marker, "第" + i + "件"));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(total(marker)).isEqualTo(PER_BATCH));

        infra("stop");
        List<UUID> during = new ArrayList<>();
        List<RecordMetadata> sentWhileDown = new ArrayList<>();
        for (int i = 0; i < PER_BATCH; i++) {
            UUID caseId = UUID.randomUUID();
            during.add(caseId);
            sentWhileDown.add(send(CaseEvents.opened(caseId, 1, "停机期间案件 " + marker, "第" + i + "件")));
        }
        for (UUID caseId : before.subList(0, 5)) {
            sentWhileDown.add(send(CaseEvents.opened(caseId, 2, "重启前案件已更新 " + marker, "更新")));
        }

        HttpClientResponseException unavailable = catchThrowableOfType(HttpClientResponseException.class,
                () -> total(marker));
        assertThat(unavailable.getStatus().getCode()).isEqualTo(503);
        assertThat(unavailable.getResponse().getHeaders().get("Retry-After")).isEqualTo("10");
        Problem problem = json.readValue(unavailable.getResponse().getBody(String.class).orElseThrow(), Problem.class);
        assertThat(problem.detail()).contains("Elasticsearch");
        try (Admin admin = admin()) {
            // Retried for a while: nothing sent while down may be committed, at any moment of those 3 s.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed =
                                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
                        for (RecordMetadata sent : sentWhileDown) {
                            OffsetAndMetadata offset =
                                    committed.get(new TopicPartition(sent.topic(), sent.partition()));
                            assertThat(offset == null ? 0 : offset.offset())
                                    .as("committed offset of partition %d", sent.partition())
                                    .isLessThanOrEqualTo(sent.offset());
                        }
                    });
        }

        infra("start");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(total("停机期间案件 " + marker)).isEqualTo(PER_BATCH);
            assertThat(total("已更新 " + marker)).isEqualTo(5);
        });
        assertThat(total(marker)).isEqualTo(2 * PER_BATCH);
        for (UUID caseId : before.subList(0, 5)) {
            @SuppressWarnings("rawtypes")
            GetResponse<Map> doc = elasticsearch.get(g -> g.index(prefix + "-cases").id(caseId.toString()), Map.class);
            assertThat(doc.version()).isEqualTo(2L);
        }
        try (Admin admin = admin()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lag(admin)).isZero());
        }
    }

    private RecordMetadata send(CaseEvent event) {
        return producer.sendLocated(event.caseId().toString(), event);
    }

    private long total(String q) throws IOException {
        String body = http.toBlocking().retrieve(HttpRequest.GET(UriBuilder.of("/api/v1/search")
                .queryParam("q", q).queryParam("kind", "CASE").queryParam("size", "1").build())
                .bearerAuth(TestTokens.forRole("LEADER")));
        return ((Number) json.readValue(body, Map.class).get("total")).longValue();
    }

    private long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ConsumerGroups.endOffsets(admin).entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            lag += end.getValue() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ConsumerGroups.bootstrap()));
    }

    /** Runs deploy/local/infra for the dedicated node only; fails the test when the script fails. */
    private void infra(String command) {
        String root = System.getProperty("ledger.root", Path.of("..").toAbsolutePath().normalize().toString());
        try {
            Files.createDirectories(localDir);
            ProcessBuilder builder = new ProcessBuilder("bash", root + "/deploy/local/infra", command, "elasticsearch")
                    .redirectErrorStream(true);
            builder.environment().put("LEDGER_LOCAL_DIR", localDir.toString());
            builder.environment().put("ELASTICSEARCH_PORT", Integer.toString(PORT));
            builder.environment().put("ELASTICSEARCH_TRANSPORT_PORT", Integer.toString(TRANSPORT_PORT));
            builder.environment().put("ELASTICSEARCH_HEAP", "512m");
            builder.environment().put("ES_READY_TIMEOUT", "300");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(360, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("deploy/local/infra " + command + " elasticsearch failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
