package io.responseledger.cases.statistics;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.cases.casefile.CaseService;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.response.RecordResponseRequest;
import io.responseledger.cases.response.RecordResponseRequest.CommitmentRequest;
import io.responseledger.cases.response.ResponseChannel;
import io.responseledger.cases.response.ResponseRecording;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.cases.support.AgreedColumns;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.MutableClock;
import io.responseledger.cases.support.Reports;
import io.responseledger.cases.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics per unit and per topic area over a known set of cases, responses and commitments. Runs on H2
 * ({@link StatisticsH2Test}) and PostgreSQL ({@link StatisticsPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StatisticsContract implements TestPropertyProvider {

    private static final String HRSS = "区人社局";
    private static final String MARKET = "市场监管局";
    private static final String HOUSING = "住建局";
    private static final Caller SUPERVISOR = Caller.of("test-supervisor", List.of(Roles.SUPERVISOR), null);
    private static final Caller HRSS_OFFICER = Caller.of("officer", List.of(Roles.OFFICER), HRSS);

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;
    @Inject CaseOpening opening;
    @Inject CaseService cases;
    @Inject ResponseRecording recording;
    @Inject MutableClock clock;
    @Inject DataSource dataSource;

    private CasesApi leader;

    protected abstract Map<String, String> databaseProperties();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(databaseProperties());
        properties.put("kafka.enabled", "false");
        properties.put("ledger.cases.outbox.relay.enabled", "false");
        properties.put("test.clock", "mutable");
        return properties;
    }

    @BeforeAll
    void setUp() {
        AgreedColumns.ensure(dataSource);
        leader = new CasesApi(http.toBlocking(), json).as(Tokens.leader());
        // Before the period asked for below: never counted.
        opening.open(Reports.wageArrears("wage-arrears"));
        clock.advance(Duration.ofDays(10));
        // 2026-12-06: two wage cases of the HRSS bureau.
        UUID first = opening.open(Reports.wageArrears("wage-arrears")).caseId();
        cases.assign(first, HRSS, SUPERVISOR);
        UUID second = opening.open(Reports.wageArrears("wage-arrears")).caseId();
        cases.assign(second, HRSS, SUPERVISOR);
        clock.advance(Duration.ofHours(10));
        respond(second, "c3", "c4", "c5");
        clock.advance(Duration.ofHours(20));
        respond(first, "c1", "c2");
        sql("UPDATE opinion_case SET paused_seconds = 3600, transfer_count = 1 WHERE id = ?", first);
        sql("UPDATE opinion_case SET paused_seconds = 0, transfer_count = 0 WHERE id = ?", second);
        sql("UPDATE case_response SET on_time = TRUE WHERE case_id = ?", first);
        sql("UPDATE case_response SET on_time = FALSE WHERE case_id = ?", second);
        sql("UPDATE commitment SET status = 'VERIFIED', kept_on_time = TRUE WHERE content = ?", "c1");
        sql("UPDATE commitment SET status = 'VERIFICATION_FAILED', owner_unit = ? WHERE content = ?", HOUSING, "c2");
        sql("UPDATE commitment SET status = 'VERIFIED', kept_on_time = FALSE WHERE content = ?", "c3");
        sql("UPDATE commitment SET status = 'OVERDUE' WHERE content = ?", "c4");
        sql("UPDATE commitment SET status = 'WITHDRAWN' WHERE content = ?", "c5");
        // Two food cases: one with the market bureau after two transfers, one not assigned yet.
        UUID canteen = opening.open(Reports.hotline("food-drug", "学校食堂饭菜变质")).caseId();
        cases.assign(canteen, MARKET, SUPERVISOR);
        sql("UPDATE opinion_case SET transfer_count = 2 WHERE id = ?", canteen);
        opening.open(Reports.hotline("food-drug", "超市售卖过期食品"));
    }

    @Test
    void perUnitEveryFigureCarriesItsSampleSize() {
        Map<String, Object> stats = stats("from=2026-12-01&to=2026-12-31&groupBy=unit");

        assertThat(stats.get("groupBy")).isEqualTo("unit");
        Map<String, Object> hrss = group(stats, HRSS);
        assertThat(hrss.get("cases")).isEqualTo(figure(2, 2));
        assertThat(hrss.get("responsesOnTime")).isEqualTo(figure(0.5, 2));
        // 29 h (30 h less 1 h paused) and 10 h.
        assertThat(hrss.get("medianHoursToRespond")).isEqualTo(figure(19.5, 2));
        assertThat(hrss.get("commitmentsMade")).isEqualTo(figure(3, 3));
        assertThat(hrss.get("commitmentsKeptOnTime")).isEqualTo(figure(1, 3));
        assertThat(hrss.get("commitmentsKeptLate")).isEqualTo(figure(1, 3));
        assertThat(hrss.get("commitmentsOverdue")).isEqualTo(figure(1, 3));
        assertThat(hrss.get("commitmentsFailed")).isEqualTo(figure(0, 3));
        assertThat(hrss.get("transfers")).isEqualTo(figure(1, 2));

        Map<String, Object> housing = group(stats, HOUSING);
        assertThat(housing.get("cases")).isEqualTo(figure(0, 0));
        assertThat(housing.get("responsesOnTime")).isEqualTo(nothing());
        assertThat(housing.get("commitmentsFailed")).isEqualTo(figure(1, 1));
        assertThat(group(stats, MARKET).get("transfers")).isEqualTo(figure(2, 1));
        assertThat(group(stats, "未交办").get("cases")).isEqualTo(figure(1, 1));
        assertThat(group(stats, "未交办").get("medianHoursToRespond")).isEqualTo(nothing());

        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) stats.get("total");
        assertThat(total.get("cases")).isEqualTo(figure(4, 4));
        assertThat(total.get("commitmentsMade")).isEqualTo(figure(4, 4));
        assertThat(total.get("transfers")).isEqualTo(figure(3, 4));
    }

    @Test
    void perTopicAreaWithTheTopicAreasChineseName() {
        Map<String, Object> stats = stats("from=2026-12-01&groupBy=topicArea");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) stats.get("groups");
        assertThat(groups).extracting(g -> g.get("key")).containsExactly("food-drug", "wage-arrears");
        assertThat(groups.get(0).get("name")).isEqualTo("食品药品安全");
        Map<String, Object> wages = group(stats, "wage-arrears");
        assertThat(wages.get("cases")).isEqualTo(figure(2, 2));
        assertThat(wages.get("commitmentsMade")).isEqualTo(figure(4, 4));
        assertThat(wages.get("commitmentsFailed")).isEqualTo(figure(1, 4));
        assertThat(group(stats, "food-drug").get("transfers")).isEqualTo(figure(2, 2));

        @SuppressWarnings("unchecked")
        Map<String, Object> allTime = (Map<String, Object>) stats("groupBy=topicArea").get("total");
        assertThat(allTime.get("cases")).isEqualTo(figure(5, 5));
    }

    @Test
    void badParametersAre400NamingThem() {
        Map<String, Object> problem = leader.problem(HttpRequest.GET(
                "/api/v1/statistics?from=2026-1-1&groupBy=region"), 400);
        assertThat(problem.get("violations")).asString().contains("field=from").contains("field=groupBy");
        assertThat(leader.problem(HttpRequest.GET("/api/v1/statistics?from=2026-12-02&to=2026-12-01"), 400)
                .get("violations")).asString().contains("field=to");
    }

    @Test
    void onlySupervisorsAndLeadersSeeStatistics() {
        CasesApi anonymous = new CasesApi(http.toBlocking(), json);
        anonymous.problem(HttpRequest.GET("/api/v1/statistics"), 401);
        for (String token : List.of(Tokens.monitor(), Tokens.officer(HRSS), Tokens.of("a", List.of("ADMIN"), null))) {
            anonymous.as(token).problem(HttpRequest.GET("/api/v1/statistics"), 403);
        }
        assertThat(anonymous.as(Tokens.supervisor()).send(HttpRequest.GET("/api/v1/statistics")).getStatus().getCode())
                .isEqualTo(200);
    }

    private void respond(UUID caseId, String... commitments) {
        recording.record(caseId, new RecordResponseRequest("已责令施工总包单位限期支付拖欠工资。",
                ResponseChannel.GOVERNMENT_WEBSITE, HRSS, clock.instant(), null,
                java.util.Arrays.stream(commitments).map(c -> new CommitmentRequest(c, HRSS,
                        LocalDate.of(2026, 12, 31), null)).toList()), HRSS_OFFICER);
    }

    private void sql(String statement, Object... params) {
        AgreedColumns.update(dataSource, statement, params);
    }

    private Map<String, Object> stats(String query) {
        String body = leader.send(HttpRequest.GET("/api/v1/statistics?" + query)).body();
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> stats, String key) {
        return ((List<Map<String, Object>>) stats.get("groups")).stream().filter(g -> key.equals(g.get("key")))
                .findFirst().map(g -> (Map<String, Object>) g.get("figures"))
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + stats));
    }

    private static Map<String, Object> figure(double value, int sampleSize) {
        return Map.of("value", value, "sampleSize", sampleSize);
    }

    private static Map<String, Object> nothing() {
        Map<String, Object> figure = new HashMap<>();
        figure.put("value", null);
        figure.put("sampleSize", 0);
        return figure;
    }
}
