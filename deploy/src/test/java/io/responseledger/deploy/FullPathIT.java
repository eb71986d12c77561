package io.responseledger.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole path across the three packaged services, on the real broker, database and index: a report
 * sent to intake becomes a case, a response recorded on the case becomes searchable in Chinese.
 */
class FullPathIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static LocalSystem system;
    private final LedgerClient client = new LedgerClient();

    @BeforeAll
    static void startServices() throws Exception {
        system = new LocalSystem("full-path").startAll();
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void reportBecomesCaseAndItsResponseBecomesSearchable() {
        String marker = "fp" + system.runId;
        var accepted = client.post(system.intakeUrl() + "/api/v1/reports", Map.of(
                "title", "XX区安置房项目拖欠农民工工资三个月 " + marker,
                "body", "网友发帖称，该项目总包单位拖欠约60名农民工工资三个月，工人堵门讨薪。",
                "source", "WEIBO",
                "topicArea", "wage-arrears",
                "externalId", marker,
                "observedAt", Instant.now().minusSeconds(60).toString()), LocalTokens.monitor());
        assertThat(accepted.status()).isEqualTo(202);
        String reportId = accepted.body().get("reportId").asText();

        JsonNode openedCase = system.awaitCaseOf(reportId);
        String caseId = openedCase.get("id").asText();
        assertThat(openedCase.get("status").asText()).isEqualTo("NEW");
        assertThat(openedCase.get("topicArea").asText()).isEqualTo("wage-arrears");

        var assigned = client.post(system.casesUrl() + "/api/v1/cases/" + caseId + "/assignment",
                Map.of("leadUnit", "区人社局"), LocalTokens.supervisor());
        assertThat(assigned.status()).isEqualTo(200);

        var responded = client.post(system.casesUrl() + "/api/v1/cases/" + caseId + "/responses", Map.of(
                "text", "已约谈施工总包单位，责令于12月20日前足额支付拖欠工资 " + marker,
                "channel", "GOVERNMENT_WEBSITE",
                "publishingUnit", "区人社局",
                "publishedAt", Instant.now().toString(),
                "commitments", List.of(Map.of(
                        "content", "12月20日前足额支付拖欠的农民工工资",
                        "ownerUnit", "区人社局",
                        "dueDate", "2026-12-20",
                        "verificationMethod", "CITIZEN_CALLBACK"))), LocalTokens.officer("区人社局"));
        assertThat(responded.status()).isEqualTo(201);

        var caseView = client.get(system.casesUrl() + "/api/v1/cases/" + caseId, LocalTokens.leader()).body();
        assertThat(caseView.get("status").asText()).isEqualTo("RESPONDED");
        assertThat(caseView.get("responses").get(0).get("commitments").get(0).get("dueDate").asText())
                .isEqualTo("2026-12-20");

        await("the response is searchable").atMost(PATIENCE).untilAsserted(() -> {
            var hits = search("工资 " + marker);
            var responseHit = hits.stream()
                    .filter(hit -> "RESPONSE".equals(hit.get("kind").asText()))
                    .findFirst();
            assertThat(responseHit).as("a RESPONSE hit for case %s in %s", caseId, hits).isPresent();
            assertThat(responseHit.get().get("caseId").asText()).isEqualTo(caseId);
            assertThat(responseHit.get().get("highlights").toString()).contains("<em>");
            assertThat(hits).anySatisfy(hit -> {
                assertThat(hit.get("kind").asText()).isEqualTo("CASE");
                assertThat(hit.get("caseId").asText()).isEqualTo(caseId);
            });
        });
    }

    @Test
    void chineseQueryMatchesTheWordAndNotItsCharactersApart() {
        String marker = "cn" + system.runId;
        String withWord = submit("农民工工资迟迟未发放 " + marker, "工人反映项目部拖欠工资已有两个月。", marker + "-word");
        String withCharactersApart = submit("工作日审批资金延误 " + marker, "工作人员表示专项资金审批需要时间。",
                marker + "-apart");
        String wordCase = system.awaitCaseOf(withWord).get("id").asText();
        String apartCase = system.awaitCaseOf(withCharactersApart).get("id").asText();

        await("both cases are indexed").atMost(PATIENCE).untilAsserted(() ->
                assertThat(caseIds(search(marker))).contains(wordCase, apartCase));

        assertThat(caseIds(search("工资 " + marker))).contains(wordCase).doesNotContain(apartCase);
        assertThat(caseIds(search("资金 " + marker))).contains(apartCase).doesNotContain(wordCase);
    }

    private String submit(String title, String body, String externalId) {
        var accepted = client.post(system.intakeUrl() + "/api/v1/reports", Map.of(
                "title", title, "body", body, "source", "FORUM", "externalId", externalId,
                "observedAt", Instant.now().minusSeconds(60).toString()), LocalTokens.monitor());
        assertThat(accepted.status()).isEqualTo(202);
        return accepted.body().get("reportId").asText();
    }


    private List<JsonNode> search(String query) {
        var answer = client.get(system.searchUrl() + "/api/v1/search?size=50&q=" + LedgerClient.encode(query),
                LocalTokens.leader());
        assertThat(answer.status()).as("search for %s answered %s", query, answer.body()).isEqualTo(200);
        return StreamSupport.stream(answer.body().get("hits").spliterator(), false).toList();
    }

    private static List<String> caseIds(List<JsonNode> hits) {
        var ids = new ArrayList<String>();
        hits.forEach(hit -> ids.add(hit.get("caseId").asText()));
        return ids;
    }
}
