package io.responseledger.search.views;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.search.Snapshots;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import io.responseledger.search.index.LedgerZone;
import io.responseledger.search.indexing.CaseIndex;
import io.responseledger.search.problem.Problem;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.responseledger.search.Snapshots.commitment;
import static io.responseledger.search.Snapshots.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each leader view over a small ledger whose numbers are worked out by hand in the comments. Commitments are
 * made in March 2024; "today" is the real day, so an open commitment due in 2024 is overdue and one due a
 * month from now is pending.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaderViewsIT implements TestPropertyProvider {

    private static final String LEADER = TestTokens.forRole("LEADER");
    private static final String HRSS = "市人社局";
    private static final String HOUSING = "市住建局";

    private final String prefix = TestIndices.newPrefix();
    private final LocalDate today = LocalDate.now(LedgerZone.ZONE);

    private final UUID c1 = UUID.randomUUID();
    private final UUID r1 = UUID.randomUUID();
    private final UUID c3 = UUID.randomUUID();
    private final UUID r3 = UUID.randomUUID();
    private final UUID c5 = UUID.randomUUID();
    private final UUID newWageCase = UUID.randomUUID();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CaseIndex index;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ledger.search.index.prefix", prefix,
                "ledger.search.consumer.enabled", "false",
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void indexLedger() throws Exception {
        // C1 wage-arrears, two reports in March; response published 2024-03-05 with three commitments of 市人社局:
        // kept on time, kept late, open past its due date (overdue).
        index.write(Snapshots.of(c1).title("某工地拖欠农民工工资三个月").topicArea("wage-arrears").status("RESPONDED")
                .leadUnit(HRSS).opened("2024-03-02T02:00:00Z")
                .report("工地拖欠农民工工资，多次讨要无果", "2024-03-01T02:00:00Z")
                .report("农民工工资至今未发", "2024-03-02T02:00:00Z")
                .response(response(r1, "已责令施工单位限期结清拖欠的农民工工资，并立案调查。", "政府网站", HRSS,
                        "2024-03-05T02:00:00Z", "PUBLIC",
                        commitment("3月20日前结清一半工资", HRSS, LocalDate.parse("2024-03-20"), "VERIFIED", true,
                                Instant.parse("2024-03-19T02:00:00Z"), null),
                        commitment("3月20日前结清全部工资", HRSS, LocalDate.parse("2024-03-20"), "VERIFIED", false,
                                Instant.parse("2024-03-25T02:00:00Z"), null),
                        commitment("4月30日前完成立案调查", HRSS, LocalDate.parse("2024-04-30"), "OPEN")))
                .event(CaseEventType.COMMITMENT_VERIFIED, 9));
        // C2 wage-arrears, reports 2024-03-08 and 2024-04-03; response 2024-03-10: failed verification (市住建局),
        // in progress and due in a month (pending), withdrawn (市人社局).
        index.write(Snapshots.of(UUID.randomUUID()).title("装修公司拖欠工人工资").topicArea("wage-arrears")
                .status("RESPONDED").leadUnit(HOUSING).opened("2024-03-08T02:00:00Z")
                .report("装修工人讨薪", "2024-03-08T02:00:00Z")
                .report("装修工人再次讨薪", "2024-04-03T02:00:00Z")
                .response(response(UUID.randomUUID(), "已约谈装修公司负责人。", "微博", HOUSING,
                        "2024-03-10T02:00:00Z", "PUBLIC",
                        commitment("3月25日前补发工资", HOUSING, LocalDate.parse("2024-03-25"), "VERIFICATION_FAILED",
                                null, Instant.parse("2024-03-24T02:00:00Z"), LocalDate.parse("2024-04-10")),
                        commitment("建立欠薪预警机制", HOUSING, today.plusDays(30), "IN_PROGRESS"),
                        commitment("联合人社部门督办", HRSS, LocalDate.parse("2024-03-31"), "WITHDRAWN")))
                .event(CaseEventType.COMMITMENT_WITHDRAWN, 7));
        // C3 property, reports 2024-03-12 and 2024-03-31T17:00Z (= 2024-04-01 01:00 in Beijing, so April);
        // response 2024-03-15: marked overdue, and claimed before its due date then verified (kept on time).
        index.write(Snapshots.of(c3).title("小区物业服务费上涨").topicArea("property").status("RESPONDED")
                .leadUnit(HOUSING).opened("2024-03-12T02:00:00Z")
                .report("物业服务费一次上涨三成", "2024-03-12T02:00:00Z")
                .report("物业费上涨未公示", "2024-03-31T17:00:00Z")
                .response(response(r3, "已要求物业公司公示收费依据，暂缓上涨。", "政府网站", HOUSING,
                        "2024-03-15T02:00:00Z", "PUBLIC",
                        commitment("3月30日前完成收费检查", HOUSING, LocalDate.parse("2024-03-30"), "OVERDUE"),
                        commitment("3月28日前公示收费依据", HOUSING, LocalDate.parse("2024-03-28"), "VERIFIED", null,
                                Instant.parse("2024-03-27T02:00:00Z"), null)))
                .event(CaseEventType.COMMITMENT_OVERDUE, 8));
        // C4 property, opened and responded in April: outside the March period; its commitment was kept.
        index.write(Snapshots.of(UUID.randomUUID()).title("电梯故障无人维修").topicArea("property").status("RESPONDED")
                .leadUnit(HOUSING).opened("2024-04-01T02:00:00Z")
                .report("电梯停运一周", "2024-04-01T02:00:00Z")
                .response(response(UUID.randomUUID(), "已督促物业维修电梯。", "政府网站", HOUSING,
                        "2024-04-02T02:00:00Z", "PUBLIC",
                        commitment("一周内修复", HOUSING, LocalDate.parse("2024-04-09"), "VERIFIED", true,
                                Instant.parse("2024-04-08T02:00:00Z"), null)))
                .event(CaseEventType.COMMITMENT_VERIFIED, 5));
        // C5 city-management, no response, response deadline 2024-03-10 passed: overdue for response.
        index.write(Snapshots.of(c5).title("占道经营无人管理").topicArea("city-management").status("ASSIGNED")
                .leadUnit("区城管局").opened("2024-03-05T02:00:00Z")
                .report("夜市占道", "2024-03-05T02:00:00Z")
                .responseDue(Instant.parse("2024-03-10T02:00:00Z"), true)
                .event(CaseEventType.CASE_OVERDUE, 3));
        // C6: response deadline a week away: not late. C7: deadline passed but closed: not late.
        index.write(Snapshots.of(UUID.randomUUID()).title("路灯不亮").topicArea("city-management").status("ASSIGNED")
                .leadUnit("区城管局").opened(today.minusDays(1).atStartOfDay(LedgerZone.ZONE).toInstant().toString())
                .report("路灯坏了", today.minusDays(1).atStartOfDay(LedgerZone.ZONE).toInstant().toString())
                .responseDue(Instant.now().plus(7, ChronoUnit.DAYS), false)
                .event(CaseEventType.CASE_ASSIGNED, 2));
        index.write(Snapshots.of(UUID.randomUUID()).title("井盖缺失").topicArea("property").status("CLOSED")
                .leadUnit("区城管局").opened("2024-02-20T02:00:00Z").closed("2024-02-25T02:00:00Z")
                .report("井盖丢失", "2024-02-20T02:00:00Z")
                .responseDue(Instant.parse("2024-02-22T02:00:00Z"), false)
                .event(CaseEventType.CASE_CLOSED, 4));
        // C8 merged into C1: left out of the trends.
        index.write(Snapshots.of(UUID.randomUUID()).title("工地欠薪（重复）").topicArea("wage-arrears").status("CLOSED")
                .leadUnit(HRSS).opened("2024-03-03T02:00:00Z").mergedInto(c1)
                .report("同一工地欠薪", "2024-03-03T02:00:00Z")
                .event(CaseEventType.CASE_MERGED_AWAY, 2));
        // A new wage case without response, for precedents.
        index.write(Snapshots.of(newWageCase).title("建筑工地拖欠农民工工资").topicArea("wage-arrears").status("NEW")
                .opened(Instant.now().toString()).report("建筑工地老板拖欠农民工工资两个月", Instant.now().toString())
                .event(CaseEventType.CASE_OPENED, 1));
        TestIndices.refresh(elasticsearch, prefix);
    }

    @AfterAll
    void deleteIndices() throws IOException {
        TestIndices.delete(elasticsearch, prefix);
    }

    @Test
    void fulfilmentCountsMarchCommitmentsByOutcomeWithRatesOverTheAssessedOnes() {
        Map<String, Object> view = get("/api/v1/views/fulfilment?from=2024-03-01&to=2024-03-31");

        // 8 made in March: on time 2 (C1, C3), late 1, overdue 2 (C1 open past due, C3 marked), failed 1,
        // withdrawn 1, pending 1; assessed 6.
        assertThat(row(view.get("total"))).isEqualTo(expected(null, 8, 2, 1, 2, 1, 1, 1, 6, 0.3333, 0.5, 0.3333, 0.1667));
        Map<String, Map<String, Object>> byUnit = rows(view.get("byUnit"));
        assertThat(byUnit.get(HRSS)).isEqualTo(expected(HRSS, 4, 1, 1, 1, 0, 1, 0, 3, 0.3333, 0.6667, 0.3333, 0.0));
        assertThat(byUnit.get(HOUSING)).isEqualTo(expected(HOUSING, 4, 1, 0, 1, 1, 0, 1, 3, 0.3333, 0.3333, 0.3333, 0.3333));
        assertThat(byUnit).hasSize(2);
        Map<String, Map<String, Object>> byTopic = rows(view.get("byTopicArea"));
        assertThat(byTopic.get("wage-arrears"))
                .isEqualTo(expected("wage-arrears", 6, 1, 1, 1, 1, 1, 1, 4, 0.25, 0.5, 0.25, 0.25));
        assertThat(byTopic.get("property")).isEqualTo(expected("property", 2, 1, 0, 1, 0, 0, 0, 2, 0.5, 0.5, 0.5, 0.0));
        assertThat(view.get("asOf")).isEqualTo(today.toString());
    }

    @Test
    void fulfilmentFiltersByTopicAreaAndHasNoRateWithoutSample() {
        Map<String, Object> view = get("/api/v1/views/fulfilment?from=2024-04-01&to=2024-04-30&topicArea=wage-arrears");

        Map<String, Object> total = row(view.get("total"));
        assertThat(total.get("made")).isEqualTo(0);
        assertThat(total.get("keptOnTimeRate")).isNull();
        assertThat(row(get("/api/v1/views/fulfilment?from=2024-04-01&to=2024-04-30").get("total")).get("keptOnTime"))
                .isEqualTo(1);
    }

    @Test
    void overdueListShowsWhatIsLateOldestFirstWithUnitAndDaysLate() {
        Map<String, Object> view = get("/api/v1/views/overdue");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) view.get("items");
        assertThat(view.get("overdueCases")).isEqualTo(1);
        assertThat(view.get("overdueCommitments")).isEqualTo(3);
        assertThat(items).extracting(i -> i.get("kind") + " " + i.get("unit") + " " + i.get("dueDate") + " " + i.get("daysLate"))
                .containsExactly(
                        "RESPONSE 区城管局 2024-03-10 " + late("2024-03-10"),
                        "COMMITMENT 市住建局 2024-03-30 " + late("2024-03-30"),
                        "COMMITMENT 市住建局 2024-04-10 " + late("2024-04-10"),
                        "COMMITMENT 市人社局 2024-04-30 " + late("2024-04-30"));
        assertThat(items.get(0).get("caseId")).isEqualTo(c5.toString());
        assertThat(items.get(2).get("status")).isEqualTo("VERIFICATION_FAILED");
        assertThat(items.get(3).get("content")).isEqualTo("4月30日前完成立案调查");
    }

    @Test
    void overdueListFiltersByUnitAndIsCutAtTheLimit() {
        Map<String, Object> housing = get("/api/v1/views/overdue?unit=" + enc(HOUSING) + "&limit=1");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) housing.get("items");
        assertThat(housing.get("overdueCases")).isEqualTo(0);
        assertThat(housing.get("overdueCommitments")).isEqualTo(2);
        assertThat(items).singleElement().satisfies(i -> assertThat(i.get("dueDate")).isEqualTo("2024-03-30"));
    }

    @Test
    void monthlyTrendsCountReportsAndCasesPerTopicArea() {
        Map<String, Object> view = get("/api/v1/views/trends?interval=month&from=2024-03-01&to=2024-04-30");

        assertThat(view.get("periods")).isEqualTo(List.of("2024-03-01", "2024-04-01"));
        // Merged C8 left out; C3's second report falls on 1 April in Beijing.
        assertThat(series(view)).isEqualTo(Map.of(
                "wage-arrears", "4/2 2024-03-01:3/2 2024-04-01:1/0",
                "property", "3/2 2024-03-01:1/1 2024-04-01:2/1",
                "city-management", "1/1 2024-03-01:1/1 2024-04-01:0/0"));
    }

    @Test
    void weeklyTrendsStartOnMonday() {
        Map<String, Object> view = get("/api/v1/views/trends?interval=week&from=2024-03-01&to=2024-03-10");

        assertThat(view.get("periods")).isEqualTo(List.of("2024-02-26", "2024-03-04"));
        assertThat(series(view)).isEqualTo(Map.of(
                "wage-arrears", "3/2 2024-02-26:2/1 2024-03-04:1/1",
                "city-management", "1/1 2024-02-26:0/0 2024-03-04:1/1"));
    }

    @Test
    void precedentsOfACaseAreTheMostSimilarPastResponsesWithTheirOutcomes() {
        Map<String, Object> view = get("/api/v1/views/precedents?caseId=" + newWageCase);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> precedents = (List<Map<String, Object>>) view.get("precedents");
        assertThat(precedents).isNotEmpty();
        Map<String, Object> best = precedents.get(0);
        assertThat(best.get("responseId")).isEqualTo(r1.toString());
        assertThat(best.get("kept")).isEqualTo(Map.of("KEPT_ON_TIME", 1, "KEPT_LATE", 1, "FAILED", 0,
                "OVERDUE", 1, "WITHDRAWN", 0, "PENDING", 0));
        assertThat(precedents).extracting(p -> p.get("caseId")).doesNotContain(newWageCase.toString());
    }

    @Test
    void precedentsOfAFreeText() {
        Map<String, Object> view = get("/api/v1/views/precedents?size=1&text=" + enc("物业服务费上涨了怎么办"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> precedents = (List<Map<String, Object>>) view.get("precedents");
        assertThat(precedents).singleElement().satisfies(p -> {
            assertThat(p.get("responseId")).isEqualTo(r3.toString());
            assertThat(p.get("kept")).isEqualTo(Map.of("KEPT_ON_TIME", 1, "KEPT_LATE", 0, "FAILED", 0,
                    "OVERDUE", 1, "WITHDRAWN", 0, "PENDING", 0));
        });
    }

    @Test
    void precedentsOfAnUnknownCaseIsNotFound() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> get("/api/v1/views/precedents?caseId=" + UUID.randomUUID()));

        assertThat(e.getStatus().getCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/views/fulfilment?from=2024-03-01&to=2024-02-01 | from",
            "/api/v1/views/fulfilment?from=2024-3-1                 | from",
            "/api/v1/views/fulfilment?period=2024                   | period",
            "/api/v1/views/overdue?limit=0                          | limit",
            "/api/v1/views/overdue?limit=501                        | limit",
            "/api/v1/views/overdue?from=2024-01-01                  | from",
            "/api/v1/views/trends?interval=day                      | interval",
            "/api/v1/views/trends?from=1990-01-01&to=2024-01-01     | from",
            "/api/v1/views/precedents                               | caseId",
            "/api/v1/views/precedents?caseId=abc                    | caseId",
            "/api/v1/views/precedents?text=x&size=21                | size"
    })
    void badParameterIsAProblemNamingIt(String uri, String parameter) throws IOException {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> get(uri));

        assertThat(e).as(uri).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        Problem problem = json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Problem.class);
        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly(parameter);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/views/fulfilment", "/api/v1/views/overdue", "/api/v1/views/trends",
            "/api/v1/views/precedents?text=工资"
    })
    void viewsAreForSupervisorsAndLeadersOnly(String path) {
        URI uri = URI.create(path.replace("工资", enc("工资")));
        assertThat(status(HttpRequest.GET(uri))).isEqualTo(401);
        assertThat(status(HttpRequest.GET(uri).bearerAuth(TestTokens.forRole("MONITOR")))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(uri).bearerAuth(TestTokens.officer("officer-1", HRSS)))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(uri).bearerAuth(TestTokens.forRole("ADMIN")))).isEqualTo(403);
        assertThat(status(HttpRequest.GET(uri).bearerAuth(TestTokens.forRole("SUPERVISOR")))).isEqualTo(200);
        assertThat(status(HttpRequest.GET(uri).bearerAuth(LEADER))).isEqualTo(200);
    }

    private int status(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private long late(String due) {
        return ChronoUnit.DAYS.between(LocalDate.parse(due), today);
    }

    /** topic → "reports/cases start:reports/cases ..." */
    @SuppressWarnings("unchecked")
    private static Map<String, String> series(Map<String, Object> view) {
        return ((List<Map<String, Object>>) view.get("topicAreas")).stream().collect(Collectors.toMap(
                t -> (String) t.get("topicArea"),
                t -> t.get("reports") + "/" + t.get("cases") + " " + ((List<Map<String, Object>>) t.get("buckets"))
                        .stream().map(b -> b.get("start") + ":" + b.get("reports") + "/" + b.get("cases"))
                        .collect(Collectors.joining(" "))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Object row) {
        return (Map<String, Object>) row;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> rows(Object rows) {
        return ((List<Map<String, Object>>) rows).stream()
                .collect(Collectors.toMap(r -> (String) r.get("group"), r -> r));
    }

    private static Map<String, Object> expected(String group, int made, int onTime, int late, int overdue, int failed,
                                                int withdrawn, int pending, int assessed, double onTimeRate,
                                                double keptRate, double overdueRate, double failedRate) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("group", group);
        row.put("made", made);
        row.put("keptOnTime", onTime);
        row.put("keptLate", late);
        row.put("overdue", overdue);
        row.put("failed", failed);
        row.put("withdrawn", withdrawn);
        row.put("pending", pending);
        row.put("assessed", assessed);
        row.put("keptOnTimeRate", onTimeRate);
        row.put("keptRate", keptRate);
        row.put("overdueRate", overdueRate);
        row.put("failedRate", failedRate);
        return row;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Map<String, Object> get(String uri) {
        String body = http.toBlocking().retrieve(HttpRequest.GET(URI.create(uri)).bearerAuth(LEADER));
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
