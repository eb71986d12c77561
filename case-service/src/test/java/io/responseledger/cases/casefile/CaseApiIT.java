package io.responseledger.cases.casefile;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.KafkaIntegrationTest;
import io.responseledger.cases.support.OpinionReportsClient;
import io.responseledger.cases.support.Reports;
import io.responseledger.cases.support.Tokens;
import io.responseledger.contracts.ReportSubmitted;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The case API over HTTP, on cases opened from reports sent through the real broker. */
@MicronautTest(transactional = false)
class CaseApiIT extends KafkaIntegrationTest {

    @Inject OpinionReportsClient reportsTopic;
    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    private CasesApi api;
    private CasesApi leader;
    private CasesApi supervisor;

    @BeforeAll
    void setUp() {
        api = new CasesApi(http.toBlocking(), json);
        leader = api.as(Tokens.leader());
        supervisor = api.as(Tokens.supervisor());
    }

    @Test
    void listFiltersByTopicAreaStatusAndUnitPagesNewestFirstAndCounts() {
        String topicArea = uniqueTopicArea();
        String unit = "区人社局-" + topicArea;
        List<UUID> opened = openCases(topicArea, 3);
        supervisor.assign(opened.get(1), unit);

        CasePage first = leader.list("topicArea=" + topicArea + "&page=0&size=2");
        CasePage second = leader.list("topicArea=" + topicArea + "&page=1&size=2");

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        List<CaseSummary> all = new ArrayList<>(first.items());
        all.addAll(second.items());
        assertThat(all).extracting(CaseSummary::id).containsExactlyInAnyOrderElementsOf(opened);
        assertThat(all).extracting(CaseSummary::openedAt)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));

        CasePage assigned = leader.list("topicArea=" + topicArea + "&status=ASSIGNED");
        assertThat(assigned.total()).isEqualTo(1);
        assertThat(assigned.items()).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(opened.get(1));
            assertThat(summary.leadUnit()).isEqualTo(unit);
            assertThat(summary.version()).isEqualTo(2);
            assertThat(summary.reportCount()).isEqualTo(1);
        });
        assertThat(leader.list("unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)).items())
                .extracting(CaseSummary::id).containsExactly(opened.get(1));
        assertThat(leader.list("topicArea=" + topicArea + "&status=NEW").total()).isEqualTo(2);

        Map<String, Object> raw = leader.listJson("topicArea=" + topicArea + "&size=1");
        assertThat(raw).containsOnlyKeys("items", "page", "size", "total");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) raw.get("items")).get(0);
        assertThat(item).containsOnlyKeys("id", "title", "topicArea", "status", "leadUnit", "reportCount",
                "openedAt", "updatedAt", "version", "region", "severity", "engagement", "responseDueAt", "paused",
                "overdue", "transferCount", "mergedInto");
    }

    @Test
    void caseViewShowsEveryFieldEvenWhenEmpty() {
        UUID caseId = openCase(Reports.hotline(uniqueTopicArea(), "农贸市场食用油断供"));

        Map<String, Object> view = leader.getJson(caseId);

        assertThat(view).containsEntry("leadUnit", null).containsEntry("responses", List.of())
                .containsKeys("id", "title", "topicArea", "status", "reportCount", "openedAt", "updatedAt", "version",
                        "reports");
        @SuppressWarnings("unchecked")
        Map<String, Object> report = ((List<Map<String, Object>>) view.get("reports")).get(0);
        assertThat(report).containsOnlyKeys("id", "source", "externalId", "title", "body", "url", "occurredAt",
                "observedAt", "receivedAt", "personalData", "region", "engagement", "workOrderNumber");
        Map<String, Object> none = new HashMap<>();
        none.put("name", null);
        none.put("phones", List.of());
        none.put("idNumbers", List.of());
        none.put("emails", List.of());
        assertThat(report.get("personalData")).isEqualTo(none);
    }

    @Test
    void invalidListParametersAreRefusedNamingTheParameter() {
        assertThat(field(leader.problem(HttpRequest.GET("/api/v1/cases?status=DONE"), 400))).isEqualTo("status");
        assertThat(field(leader.problem(HttpRequest.GET("/api/v1/cases?page=-1"), 400))).isEqualTo("page");
        assertThat(field(leader.problem(HttpRequest.GET("/api/v1/cases?page=first"), 400))).isEqualTo("page");
        assertThat(field(leader.problem(HttpRequest.GET("/api/v1/cases?size=0"), 400))).isEqualTo("size");
        assertThat(field(leader.problem(HttpRequest.GET("/api/v1/cases?size=101"), 400))).isEqualTo("size");
        assertThat(field(leader.problem(HttpRequest.GET("/api/v1/cases?sort=HOTTEST"), 400))).isEqualTo("sort");
        assertThat(field(leader.problem(HttpRequest.GET("/api/v1/cases?severity=HUGE"), 400))).isEqualTo("severity");
    }

    @Test
    void caseAndReportLookupsAnswer404ForUnknownIdsAnd400ForMalformedOnes() {
        Map<String, Object> unknown = leader.problem(HttpRequest.GET("/api/v1/cases/" + UUID.randomUUID()), 404);
        assertThat(unknown).containsEntry("status", 404).containsKey("detail");
        leader.problem(HttpRequest.GET("/api/v1/cases/by-report/" + UUID.randomUUID()), 404);
        assertThat(field(leader.problem(HttpRequest.GET("/api/v1/cases/not-a-case-id"), 400))).isEqualTo("id");
    }

    @Test
    void supervisorAssignsACaseAndTheUnitsOfficerRecordsAResponseWithCommitments() {
        ReportSubmitted report = Reports.wageArrears(uniqueTopicArea());
        UUID caseId = openCase(report);

        CaseView assigned = supervisor.assign(caseId, "区人社局");
        HttpResponse<CaseView> recorded = api.as(Tokens.officer("区人社局")).recordResponse(caseId, Map.of(
                "text", "已约谈施工总包单位，责令于12月20日前足额支付拖欠工资；住建局将该项目纳入重点监管",
                "channel", "GOVERNMENT_WEBSITE",
                "publishingUnit", "区人社局",
                "publishedAt", "2026-11-27T15:00:00+08:00",
                "url", "https://www.example.gov.cn/xxgk/2026/11/27/1.html",
                "commitments", List.of(
                        Map.of("content", "12月20日前足额支付拖欠工资", "ownerUnit", "区人社局",
                                "dueDate", "2026-12-20", "verificationMethod", "CITIZEN_CALLBACK"),
                        Map.of("content", "将该项目纳入重点监管", "ownerUnit", "住建局", "dueDate", "2026-12-31",
                                "verificationMethod", "DOCUMENT_CHECK"))));

        assertThat(assigned.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(assigned.leadUnit()).isEqualTo("区人社局");
        assertThat(recorded.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(recorded.header("Location")).isEqualTo("/api/v1/cases/" + caseId);
        CaseView view = recorded.body();
        assertThat(view.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.responses()).singleElement().satisfies(response -> {
            assertThat(response.publishedAt()).isEqualTo(Instant.parse("2026-11-27T07:00:00Z"));
            assertThat(response.url()).isEqualTo("https://www.example.gov.cn/xxgk/2026/11/27/1.html");
            assertThat(response.commitments()).extracting(CaseView.CommitmentView::dueDate)
                    .containsExactly(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 31));
            assertThat(response.commitments()).extracting(c -> c.status().name()).containsOnly("OPEN");
            assertThat(response.recordedBy()).isEqualTo("test-officer-区人社局");
        });
        assertThat(leader.get(caseId)).isEqualTo(view);
        assertThat(leader.byReport(report.reportId())).isEqualTo(view);
    }

    @Test
    void illegalTransitionsAreRefusedWith409NamingTheCurrentAndAllowedStatuses() {
        UUID caseId = openCase(Reports.hotline(uniqueTopicArea(), "学校食堂食材变质"));
        supervisor.assign(caseId, "市场监管局");
        api.as(Tokens.officer("市场监管局")).recordResponse(caseId, validResponse());

        Map<String, Object> reassignment = supervisor.problem(
                HttpRequest.POST("/api/v1/cases/" + caseId + "/assignment", Map.of("leadUnit", "教育局")), 409);

        assertThat(reassignment).containsEntry("currentStatus", "RESPONDED")
                .containsEntry("allowedStatuses", List.of("NEW", "ASSIGNED", "TRANSFERRING", "ESCALATED"));
        assertThat((String) reassignment.get("detail")).contains("RESPONDED").contains("ASSIGNED");
        assertThat(leader.get(caseId).leadUnit()).isEqualTo("市场监管局");
    }

    @Test
    void invalidResponsesAreRefusedNamingEveryFieldAtFault() {
        UUID caseId = openCase(Reports.hotline(uniqueTopicArea(), "小区污水外溢"));
        supervisor.assign(caseId, "区生态环境局");
        CasesApi officer = api.as(Tokens.officer("区生态环境局"));
        String path = "/api/v1/cases/" + caseId + "/responses";

        Map<String, Object> body = new HashMap<>(validResponse());
        body.remove("text");
        body.put("commitments", List.of(Map.of("content", "一周内完成管网疏通", "ownerUnit", "区水务局")));
        assertThat(fields(officer.problem(HttpRequest.POST(path, body), 400)))
                .containsExactly("commitments[0].dueDate", "text");

        Map<String, Object> badDate = new HashMap<>(validResponse());
        badDate.put("commitments", List.of(Map.of("content", "一周内完成管网疏通", "ownerUnit", "区水务局",
                "dueDate", "12月20日")));
        assertThat(fields(officer.problem(HttpRequest.POST(path, badDate), 400)))
                .containsExactly("commitments[0].dueDate");

        Map<String, Object> badChannel = new HashMap<>(validResponse());
        badChannel.put("channel", "FAX");
        Map<String, Object> channelProblem = officer.problem(HttpRequest.POST(path, badChannel), 400);
        assertThat(fields(channelProblem)).containsExactly("channel");
        assertThat(violations(channelProblem).get(0).get("message").toString()).contains("GOVERNMENT_WEBSITE");

        Map<String, Object> malformed = officer.problem(HttpRequest.POST(path, "{\"text\": \"已处理\",")
                .contentType(MediaType.APPLICATION_JSON_TYPE), 400);
        assertThat(malformed).containsEntry("status", 400).containsKey("detail");

        assertThat(fields(supervisor.problem(HttpRequest.POST("/api/v1/cases/" + caseId + "/assignment",
                Map.of("leadUnit", " ")), 400))).containsExactly("leadUnit");
        assertThat(leader.get(caseId).version()).isEqualTo(2);
    }

    @Test
    void healthIsUpWithoutAuthentication() {
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class)).containsEntry("status", "UP");
    }

    private Map<String, Object> validResponse() {
        return Map.of("text", "已责成相关单位立即整改，并将结果向社会公布", "channel", "WEIBO",
                "publishingUnit", "区政府新闻办", "publishedAt", "2026-11-26T06:30:00Z", "commitments", List.of());
    }

    private List<UUID> openCases(String topicArea, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(openCase(Reports.hotline(topicArea, "安置房项目拖欠工资 " + (i + 1))));
        }
        return ids;
    }

    private UUID openCase(ReportSubmitted report) {
        reportsTopic.send(report.reportId().toString(), report);
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> leader.byReport(report.reportId()), view -> view != null).id();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(Map<String, Object> problem) {
        assertThat(problem).containsEntry("status", 400).containsKey("violations");
        return (List<Map<String, Object>>) problem.get("violations");
    }

    private static List<String> fields(Map<String, Object> problem) {
        return violations(problem).stream().map(v -> (String) v.get("field")).toList();
    }

    private static String field(Map<String, Object> problem) {
        List<String> fields = fields(problem);
        assertThat(fields).hasSize(1);
        return fields.get(0);
    }
}
