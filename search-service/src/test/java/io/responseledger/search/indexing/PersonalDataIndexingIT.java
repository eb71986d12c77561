package io.responseledger.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.search.CapturedLogs;
import io.responseledger.search.CaseEvents;
import io.responseledger.search.TestIndices;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Personal data never reaches the index or the log: case events from the real broker, checked on the raw
 * Elasticsearch documents (fetched by id, not through search) and on everything logged meanwhile. Numbers
 * are random per run, so nothing an earlier run left on the topic can make these pass or fail.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataIndexingIT implements TestPropertyProvider {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(90);

    private final String prefix = TestIndices.newPrefix();
    private final String marker = "run" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private final String mobile = "139" + digits(8);
    private final String maskedMobile = mobile.substring(0, 3) + "****" + mobile.substring(7);
    private final String idNumber = "110105" + "1990" + "0101" + digits(4);
    private final String maskedId = idNumber.substring(0, 6) + "********" + idNumber.substring(14);

    @Inject
    TestCaseEventProducer producer;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    JsonMapper json;

    private CapturedLogs logs;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ledger.search.index.prefix", prefix,
                "ledger.search.consumer.group-id", "search-service-it-" + prefix,
                "ledger.search.consumer.retry-delay", "500ms",
                "micronaut.server.port", "-1");
    }

    @BeforeEach
    void captureLogs() {
        logs = new CapturedLogs();
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    @AfterAll
    void deleteIndices() throws IOException {
        TestIndices.delete(elasticsearch, prefix);
    }

    @Test
    void maskedReportTextIsIndexedAsItIsAndNeverLogged() throws IOException {
        UUID caseId = UUID.randomUUID();
        UUID responseId = UUID.randomUUID();
        String title = "小区停水三天无人处理 " + marker;
        String body = "市民（电话" + maskedMobile + "，身份证" + maskedId + "）反映小区停水三天 " + marker;
        String responseText = "已联系供水公司抢修 " + marker;
        producer.send(caseId.toString(), CaseEvents.responded(caseId, responseId, 2, title, body,
                responseText, "两日内恢复供水"));

        String caseDoc = await().atMost(INDEXED_WITHIN).until(() -> rawDocument("cases", caseId), doc -> doc != null);
        String responseDoc = rawDocument("responses", responseId);

        assertThat(caseDoc).contains(maskedMobile).contains(maskedId).contains(body);
        assertThat(caseDoc + responseDoc)
                .doesNotContain(mobile).doesNotContain(idNumber)
                .doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)")
                .doesNotContainPattern("\\d{17}[\\dXx]");
        assertLogsHoldNone(title, body, responseText, marker, maskedMobile, maskedId);
        assertThat(logs.lines()).anyMatch(line -> line.contains(caseId.toString()));
    }

    @Test
    void unmaskedNumbersThatSlipThroughAreMaskedBeforeIndexing() throws IOException {
        UUID caseId = UUID.randomUUID();
        UUID responseId = UUID.randomUUID();
        String title = "来电" + mobile + "反映噪音 " + marker;
        String body = "市民电话" + mobile + "，身份证号" + idNumber + "，反映夜间施工噪音 " + marker;
        String responseText = "已回电" + mobile + "说明处理情况 " + marker;
        String commitment = "三日内再次回电" + mobile;
        producer.send(caseId.toString(), CaseEvents.responded(caseId, responseId, 3, title, body,
                responseText, commitment));

        String caseDoc = await().atMost(INDEXED_WITHIN).until(() -> rawDocument("cases", caseId), doc -> doc != null);
        String responseDoc = rawDocument("responses", responseId);

        assertThat(caseDoc + responseDoc).doesNotContain(mobile).doesNotContain(idNumber);
        assertThat(caseDoc)
                .contains("来电" + maskedMobile + "反映噪音")
                .contains("市民电话" + maskedMobile + "，身份证号" + maskedId + "，");
        assertThat(responseDoc)
                .contains("已回电" + maskedMobile)
                .contains("三日内再次回电" + maskedMobile);
        String commitmentDoc = rawCommitmentOf(caseId);
        assertThat(commitmentDoc).contains("三日内再次回电" + maskedMobile).doesNotContain(mobile);
        assertLogsHoldNone(title, body, responseText, commitment, mobile, idNumber, maskedMobile, marker);
        assertThat(logs.lines()).anyMatch(line ->
                line.contains(caseId.toString()) && line.contains("unmasked personal data"));
    }

    @Test
    void deadLetteredRecordWithPersonalDataIsNotLogged() {
        String key = UUID.randomUUID().toString();
        String text = "市民" + mobile + "身份证" + idNumber + "投诉 " + marker;
        String invalid = """
                {"type":"CASE_OPENED","caseId":"%s","caseVersion":1,
                 "snapshot":{"id":"%s","title":"%s","reports":[{"body":"%s"}]}}"""
                .formatted(key, key, text, text);
        producer.sendRaw(key, invalid.getBytes(StandardCharsets.UTF_8));

        await().atMost(INDEXED_WITHIN).untilAsserted(() -> assertThat(logs.lines())
                .anyMatch(line -> line.contains("Dead-lettered") && line.contains(key)));
        assertLogsHoldNone(text, mobile, idNumber, marker);
    }

    private void assertLogsHoldNone(String... secrets) {
        List<String> lines = logs.lines();
        assertThat(lines).isNotEmpty();
        for (String secret : secrets) {
            assertThat(lines).as("log lines holding %s", secret).noneMatch(line -> line.contains(secret));
        }
    }

    /** The stored source of a document as JSON, or null while it is not there. */
    private String rawDocument(String kind, UUID id) throws IOException {
        GetResponse<Map> doc = elasticsearch.get(g -> g.index(prefix + "-" + kind).id(id.toString()), Map.class);
        return doc.found() ? new String(json.writeValueAsBytes(doc.source()), StandardCharsets.UTF_8) : null;
    }

    private String rawCommitmentOf(UUID caseId) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(prefix + "-commitments"));
        var found = elasticsearch.search(q -> q.index(prefix + "-commitments")
                .query(t -> t.term(v -> v.field("caseId").value(caseId.toString()))), Map.class);
        assertThat(found.hits().hits()).hasSize(1);
        return new String(json.writeValueAsBytes(found.hits().hits().get(0).source()), StandardCharsets.UTF_8);
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }
}
