package io.responseledger.cases.casefile;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.HttpTestWithoutKafka;
import io.responseledger.cases.support.Reports;
import io.responseledger.cases.support.Tokens;
import io.responseledger.contracts.ReportSubmitted;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what on the case API (docs/security.md): for each role one allowed and one forbidden action, and an
 * officer confined to the cases of their own unit, for reading and for writing.
 */
@MicronautTest(transactional = false)
class CaseRolesTest extends HttpTestWithoutKafka {

    private static final String UNIT_A = "区人社局";
    private static final String UNIT_B = "市场监管局";

    @Inject CaseOpening opening;
    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    private CasesApi api;
    private CasesApi monitor;
    private CasesApi supervisor;
    private CasesApi leader;
    private CasesApi officerA;
    private CasesApi officerB;

    private ReportSubmitted reportA;
    private UUID caseA;
    private UUID caseB;
    private UUID unassigned;

    @BeforeAll
    void setUp() {
        api = new CasesApi(http.toBlocking(), json);
        monitor = api.as(Tokens.monitor());
        supervisor = api.as(Tokens.supervisor());
        leader = api.as(Tokens.leader());
        officerA = api.as(Tokens.officer(UNIT_A));
        officerB = api.as(Tokens.officer(UNIT_B));

        String topicArea = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        reportA = Reports.wageArrears(topicArea);
        caseA = opening.open(reportA).caseId();
        caseB = opening.open(Reports.hotline(topicArea, "农贸市场缺斤短两")).caseId();
        unassigned = opening.open(Reports.hotline(topicArea, "路灯不亮")).caseId();
        supervisor.assign(caseA, UNIT_A);
        supervisor.assign(caseB, UNIT_B);
    }

    @Test
    void monitorListsAndReadsCasesButCannotSeeContactsOrAssign() {
        assertThat(monitor.list("size=100").items()).extracting(CaseSummary::id).contains(caseA, caseB, unassigned);
        assertThat(monitor.get(caseA).id()).isEqualTo(caseA);

        assertRoleRefused(monitor, HttpRequest.GET(contacts(caseA)), "SUPERVISOR", "OFFICER");
        assertRoleRefused(monitor, HttpRequest.POST(assignment(unassigned), Map.of("leadUnit", UNIT_A)), "SUPERVISOR");
    }

    @Test
    void supervisorAssignsButCannotRecordAResponse() {
        UUID caseId = opening.open(Reports.hotline("roles-supervisor", "小区噪音扰民")).caseId();

        CaseView assigned = supervisor.assign(caseId, UNIT_A);

        assertThat(assigned.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(assigned.leadUnit()).isEqualTo(UNIT_A);
        assertRoleRefused(supervisor, HttpRequest.POST(responses(caseId), response(UNIT_A)), "OFFICER");
        assertThat(leader.get(caseId).responses()).isEmpty();
    }

    @Test
    void leaderReadsEverythingButChangesNothing() {
        assertThat(leader.get(caseA).leadUnit()).isEqualTo(UNIT_A);
        assertThat(leader.byReport(reportA.reportId()).id()).isEqualTo(caseA);
        assertThat(leader.list("size=100").items()).extracting(CaseSummary::id).contains(caseA, caseB, unassigned);

        assertRoleRefused(leader, HttpRequest.POST(assignment(unassigned), Map.of("leadUnit", UNIT_A)), "SUPERVISOR");
        assertRoleRefused(leader, HttpRequest.POST(responses(caseA), response(UNIT_A)), "OFFICER");
        assertRoleRefused(leader, HttpRequest.GET(contacts(caseA)), "SUPERVISOR", "OFFICER");
        assertThat(leader.get(unassigned).status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void officerReadsAndAnswersTheCasesOfTheirUnitButCannotAssign() {
        assertThat(officerA.get(caseA).id()).isEqualTo(caseA);
        assertThat(officerA.byReport(reportA.reportId()).id()).isEqualTo(caseA);

        assertRoleRefused(officerA, HttpRequest.POST(assignment(caseA), Map.of("leadUnit", UNIT_B)), "SUPERVISOR");
        assertThat(leader.get(caseA).leadUnit()).isEqualTo(UNIT_A);
    }

    @Test
    void officerOfUnitAGets403OnACaseOfUnitBForReadingAndWriting() {
        assertOtherUnit(officerA, HttpRequest.GET("/api/v1/cases/" + caseB));
        assertOtherUnit(officerB, HttpRequest.GET("/api/v1/cases/by-report/" + reportA.reportId()));
        assertOtherUnit(officerA, HttpRequest.POST(responses(caseB), response(UNIT_A)));
        assertOtherUnit(officerA, HttpRequest.GET(contacts(caseB)));
        assertOtherUnit(officerA, HttpRequest.GET("/api/v1/cases/" + unassigned));
        assertOtherUnit(officerA, HttpRequest.POST(responses(unassigned), response(UNIT_A)));

        assertThat(leader.get(caseB).responses()).isEmpty();
        assertThat(leader.get(caseB).version()).isEqualTo(2);
    }

    @Test
    void officerRecordsAResponseOnTheirUnitsCase() {
        UUID caseId = opening.open(Reports.hotline("roles-officer", "公交站台破损")).caseId();
        supervisor.assign(caseId, UNIT_A);

        CaseView responded = officerA.recordResponse(caseId, response(UNIT_A)).body();

        assertThat(responded.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(responded.responses()).singleElement()
                .satisfies(r -> assertThat(r.recordedBy()).isEqualTo("test-officer-" + UNIT_A));
    }

    @Test
    void officersListShowsOnlyTheirUnitsCasesAndAskingForAnotherUnitIs403() {
        assertThat(officerA.list("size=100").items()).extracting(CaseSummary::leadUnit).containsOnly(UNIT_A);
        assertThat(officerA.list("size=100").items()).extracting(CaseSummary::id).contains(caseA)
                .doesNotContain(caseB, unassigned);
        assertThat(officerA.list("size=100&unit=" + encode(UNIT_A)).items()).extracting(CaseSummary::id)
                .contains(caseA);

        Map<String, Object> problem = officerA.problem(HttpRequest.GET("/api/v1/cases?unit=" + encode(UNIT_B)), 403);
        assertThat(problem).containsEntry("title", "无权访问");
        assertThat((String) problem.get("detail")).contains(UNIT_A);
    }

    @Test
    void officerTokenWithoutAUnitIsRefused() {
        CasesApi unitless = api.as(Tokens.of("officer-without-unit", List.of("OFFICER"), null));

        for (MutableHttpRequest<?> request : List.of(HttpRequest.GET("/api/v1/cases"),
                HttpRequest.GET("/api/v1/cases/" + caseA), HttpRequest.GET(contacts(caseA)),
                HttpRequest.POST(responses(caseA), response(UNIT_A)))) {
            Map<String, Object> problem = unitless.problem(request, 403);
            assertThat((String) problem.get("detail")).as(request.getPath()).contains("unit");
        }
    }

    @Test
    void rolesWithoutCaseAccessAreRefused() {
        for (String role : List.of("ADMIN", "HOTLINE")) {
            CasesApi caller = api.as(Tokens.of("test-" + role.toLowerCase(), List.of(role), null));
            assertRoleRefused(caller, HttpRequest.GET("/api/v1/cases"), "MONITOR", "SUPERVISOR", "LEADER", "OFFICER");
            assertRoleRefused(caller, HttpRequest.GET("/api/v1/cases/" + caseA), "MONITOR", "SUPERVISOR", "LEADER",
                    "OFFICER");
        }
        assertRoleRefused(api.as(Tokens.of("nobody", List.of(), null)), HttpRequest.GET("/api/v1/cases"),
                "MONITOR", "SUPERVISOR", "LEADER", "OFFICER");
    }

    private static void assertRoleRefused(CasesApi caller, MutableHttpRequest<?> request, String... roles) {
        Map<String, Object> problem = caller.problem(request, 403);
        assertThat(problem).as(request.getMethod() + " " + request.getPath())
                .containsEntry("title", "无权访问").containsEntry("requiredRoles", List.of(roles));
        assertThat((String) problem.get("detail")).startsWith("此操作需要角色：").contains(roles);
    }

    private static void assertOtherUnit(CasesApi officer, MutableHttpRequest<?> request) {
        Map<String, Object> problem = officer.problem(request, 403);
        assertThat(problem).as(request.getMethod() + " " + request.getPath())
                .containsEntry("title", "无权访问").containsEntry("detail", "案件不属于您所在的单位");
    }

    private static String assignment(UUID caseId) {
        return "/api/v1/cases/" + caseId + "/assignment";
    }

    private static String responses(UUID caseId) {
        return "/api/v1/cases/" + caseId + "/responses";
    }

    private static String contacts(UUID caseId) {
        return "/api/v1/cases/" + caseId + "/contacts";
    }

    private static Map<String, Object> response(String unit) {
        return Map.of("text", "已责成相关单位立即整改，并将结果向社会公布", "channel", "WEIBO",
                "publishingUnit", unit, "publishedAt", "2026-11-26T06:30:00Z", "commitments", List.of());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
