package io.responseledger.cases.casefile;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle API over HTTP: the 409 bodies of an illegal transition and of a stale {@code If-Match}, the
 * roles of every new endpoint, and the admin API for deadline policies and calendars.
 */
@MicronautTest(transactional = false)
class CaseLifecycleApiIT extends HttpTestWithoutKafka {

    private static final String UNIT = "区人社局";

    @Inject CaseOpening opening;
    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    private CasesApi monitor;
    private CasesApi supervisor;
    private CasesApi leader;
    private CasesApi officer;
    private CasesApi otherOfficer;
    private CasesApi admin;

    @BeforeAll
    void setUp() {
        CasesApi api = new CasesApi(http.toBlocking(), json);
        monitor = api.as(Tokens.monitor());
        supervisor = api.as(Tokens.supervisor());
        leader = api.as(Tokens.leader());
        officer = api.as(Tokens.officer(UNIT));
        otherOfficer = api.as(Tokens.officer("市场监管局"));
        admin = api.as(Tokens.of("test-admin", List.of("ADMIN"), null));
    }

    @Test
    void illegalTransitionIs409NamingTheCurrentStatusTheAllowedOnesAndWhatMayBeDoneInstead() {
        UUID caseId = openCase();

        Map<String, Object> problem = supervisor.problem(HttpRequest.POST(path(caseId, "/closure"), Map.of()), 409);

        assertThat(problem).containsEntry("status", 409).containsEntry("title", "案件状态不允许此操作")
                .containsEntry("caseId", caseId.toString()).containsEntry("transition", "CLOSE")
                .containsEntry("currentStatus", "NEW").containsEntry("allowedStatuses", List.of("RESPONDED"));
        assertThat(problem.get("allowedTransitions")).asList()
                .contains("ASSIGN", "REJECT", "CHANGE_DETAILS", "MERGE_IN").doesNotContain("CLOSE", "ESCALATE");
        assertThat((String) problem.get("detail")).contains("NEW").contains("办结").contains("RESPONDED");

        Map<String, Object> pause = officer.problem(HttpRequest.POST(path(caseId, "/transfer-acceptance"), Map.of()),
                403);
        assertThat(pause).containsEntry("detail", "案件不属于您所在的单位");
    }

    @Test
    void staleIfMatchIs409WithTheCurrentVersionAndAFreshOneSucceeds() {
        UUID caseId = openCase();
        HttpResponse<String> read = leader.send(HttpRequest.GET("/api/v1/cases/" + caseId));
        assertThat(read.header("ETag")).isEqualTo("\"1\"");

        HttpResponse<String> assigned = supervisor.send(HttpRequest.POST(path(caseId, "/assignment"),
                Map.of("leadUnit", UNIT)).header("If-Match", "\"1\""));
        assertThat(assigned.code()).isEqualTo(200);
        assertThat(assigned.header("ETag")).isEqualTo("\"2\"");

        Map<String, Object> stale = monitor.problem(HttpRequest.PUT(path(caseId, "/details"), details("MAJOR"))
                .header("If-Match", "\"1\""), 409);
        assertThat(stale).containsEntry("title", "案件已被他人修改").containsEntry("expectedVersion", 1)
                .containsEntry("currentVersion", 2).containsEntry("caseId", caseId.toString());
        assertThat(leader.get(caseId).severity().name()).isEqualTo("GENERAL");

        Map<String, Object> malformed = monitor.problem(HttpRequest.PUT(path(caseId, "/details"), details("MAJOR"))
                .header("If-Match", "version-two"), 400);
        assertThat(malformed.get("violations")).asList().singleElement().asString().contains("If-Match");

        HttpResponse<String> fresh = monitor.send(HttpRequest.PUT(path(caseId, "/details"), details("MAJOR"))
                .header("If-Match", "\"2\""));
        assertThat(fresh.code()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isEqualTo("\"3\"");
        CaseView view = leader.get(caseId);
        assertThat(view.severity().name()).isEqualTo("MAJOR");
        assertThat(view.responseDueAt()).isEqualTo(view.openedAt().plus(Duration.ofHours(5)));
    }

    @Test
    void transfersAndExtensionsAreDecidedOverHttp() throws java.io.IOException {
        UUID caseId = openCase();
        supervisor.assign(caseId, UNIT);

        assertThat(officer.send(HttpRequest.POST(path(caseId, "/transfers"),
                Map.of("toUnit", "市场监管局", "reason", "涉及食品安全"))).code()).isEqualTo(200);
        assertThat(otherOfficer.send(HttpRequest.POST(path(caseId, "/transfer-acceptance"), Map.of())).code())
                .isEqualTo(200);
        Map<String, Object> missing = otherOfficer.problem(HttpRequest.POST(path(caseId, "/transfers"),
                Map.of("toUnit", "区城管局")), 400);
        assertThat(missing.toString()).contains("reason");

        Instant due = leader.get(caseId).responseDueAt();
        assertThat(otherOfficer.send(HttpRequest.POST(path(caseId, "/extensions"),
                Map.of("requestedDueAt", due.plus(Duration.ofDays(3)).toString(), "reason", "需现场核查"))).code())
                .isEqualTo(200);
        List<Map<String, Object>> extensions = json.readValue(
                leader.send(HttpRequest.GET(path(caseId, "/extensions"))).body(),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(extensions).singleElement().satisfies(e -> assertThat(e).containsEntry("status", "REQUESTED")
                .containsEntry("requestingUnit", "市场监管局").containsEntry("reason", "需现场核查"));
        String extensionId = (String) extensions.get(0).get("id");
        assertThat(supervisor.send(HttpRequest.POST(path(caseId, "/extensions/" + extensionId + "/approval"),
                Map.of("note", "同意"))).code()).isEqualTo(200);
        assertThat(leader.get(caseId).responseDueAt()).isEqualTo(due.plus(Duration.ofDays(3)));

        Map<String, Object> rejection = supervisor.problem(HttpRequest.POST(path(caseId, "/rejection"),
                Map.of("reason", "不属于受理范围")), 400);
        assertThat(rejection.toString()).contains("referredTo");
    }

    @Test
    void everyLifecycleEndpointAdmitsOnlyItsRoles() {
        UUID caseId = openCase();
        UUID other = openCase();
        String ext = "/extensions/" + UUID.randomUUID();

        for (CasesApi caller : List.of(monitor, leader, officer, admin)) {
            assertRoles(caller, HttpRequest.POST(path(caseId, "/rejection"), Map.of()), "SUPERVISOR");
            assertRoles(caller, HttpRequest.POST(path(caseId, "/closure"), Map.of()), "SUPERVISOR");
            assertRoles(caller, HttpRequest.POST(path(caseId, "/reopening"), Map.of()), "SUPERVISOR");
            assertRoles(caller, HttpRequest.POST(path(caseId, ext + "/approval"), Map.of()), "SUPERVISOR");
            assertRoles(caller, HttpRequest.POST(path(caseId, ext + "/refusal"), Map.of()), "SUPERVISOR");
        }
        for (CasesApi caller : List.of(monitor, leader, admin)) {
            assertRoles(caller, HttpRequest.POST(path(caseId, "/transfers"), Map.of()), "SUPERVISOR", "OFFICER");
            assertRoles(caller, HttpRequest.POST(path(caseId, "/pause"), Map.of()), "SUPERVISOR", "OFFICER");
            assertRoles(caller, HttpRequest.POST(path(caseId, "/resumption"), Map.of()), "SUPERVISOR", "OFFICER");
        }
        for (CasesApi caller : List.of(monitor, leader, supervisor, admin)) {
            assertRoles(caller, HttpRequest.POST(path(caseId, "/transfer-acceptance"), Map.of()), "OFFICER");
            assertRoles(caller, HttpRequest.POST(path(caseId, "/extensions"), Map.of()), "OFFICER");
        }
        for (CasesApi caller : List.of(leader, officer, admin)) {
            assertRoles(caller, HttpRequest.PUT(path(caseId, "/details"), Map.of()), "MONITOR", "SUPERVISOR");
            assertRoles(caller, HttpRequest.POST(path(caseId, "/reports"), Map.of()), "MONITOR", "SUPERVISOR");
            assertRoles(caller, HttpRequest.POST(path(caseId, "/merges"), Map.of()), "MONITOR", "SUPERVISOR");
        }
        assertRoles(admin, HttpRequest.GET(path(caseId, "/extensions")), "MONITOR", "SUPERVISOR", "LEADER",
                "OFFICER");
        for (CasesApi caller : List.of(monitor, leader, officer, supervisor)) {
            assertRoles(caller, HttpRequest.GET("/api/v1/admin/deadline-policies"), "ADMIN");
            assertRoles(caller, HttpRequest.PUT("/api/v1/admin/calendars/2027", Map.of()), "ADMIN");
        }
        // An officer of another unit acts on no case of this one.
        supervisor.assign(caseId, UNIT);
        Map<String, Object> otherUnit = otherOfficer.problem(HttpRequest.POST(path(caseId, "/pause"),
                Map.of("reason", "等待材料")), 403);
        assertThat(otherUnit).containsEntry("detail", "案件不属于您所在的单位");

        // And the ones admitted do what they may: a monitor merges.
        HttpResponse<String> merged = monitor.send(HttpRequest.POST(path(caseId, "/merges"),
                Map.of("mergedCaseId", other.toString())));
        assertThat(merged.code()).isEqualTo(200);
        assertThat(leader.get(other).mergedInto()).isEqualTo(caseId);
    }

    @Test
    void adminSetsACalendarYearAndADeadlinePolicyThatNewCasesFollowAndDeletingRestoresTheConfiguredOne() {
        Map<String, Object> weekday = admin.problem(HttpRequest.PUT("/api/v1/admin/calendars/2027",
                Map.of("holidays", List.of("2027-01-01"), "workingDays", List.of("2027-01-06"))), 400);
        assertThat(weekday.toString()).contains("workingDays[0]").contains("周六或周日");
        HttpResponse<String> stored = admin.send(HttpRequest.PUT("/api/v1/admin/calendars/2027",
                Map.of("holidays", List.of("2027-01-01"), "workingDays", List.of("2027-01-03"))));
        assertThat(stored.code()).isEqualTo(200);
        assertThat(stored.body()).contains("\"source\":\"ADMIN\"").contains("2027-01-03");
        assertThat(admin.send(HttpRequest.GET("/api/v1/admin/calendars/2026")).body())
                .contains("\"source\":\"CONFIGURATION\"").contains("2026-09-20");
        assertThat(admin.send(HttpRequest.DELETE("/api/v1/admin/calendars/2027")).code()).isEqualTo(204);
        assertThat(admin.send(HttpRequest.GET("/api/v1/admin/calendars/2027")).body()).contains("\"source\":\"NONE\"");

        String policies = admin.send(HttpRequest.GET("/api/v1/admin/deadline-policies")).body();
        assertThat(policies).contains("\"name\":\"default\"").contains("\"name\":\"major-emergency\"")
                .contains("\"responseWithinMinutes\":300").contains("\"pressConferenceWithinMinutes\":1440");
        try {
            HttpResponse<String> set = admin.send(HttpRequest.PUT("/api/v1/admin/deadline-policies/default",
                    Map.of("responseWithinMinutes", 1440, "counting", "CALENDAR_TIME")));
            assertThat(set.code()).isEqualTo(200);
            assertThat(set.body()).contains("\"source\":\"ADMIN\"");
            CaseView opened = leader.get(openCase());
            assertThat(opened.responseDueAt()).isEqualTo(opened.openedAt().plus(Duration.ofHours(24)));
        } finally {
            assertThat(admin.send(HttpRequest.DELETE("/api/v1/admin/deadline-policies/default")).code())
                    .isEqualTo(204);
        }
        CaseView afterReset = leader.get(openCase());
        assertThat(Duration.between(afterReset.openedAt(), afterReset.responseDueAt())).isGreaterThan(
                Duration.ofHours(24));
        Map<String, Object> badPolicy = admin.problem(HttpRequest.PUT("/api/v1/admin/deadline-policies/fast",
                Map.of("counting", "SOMETIMES")), 400);
        assertThat(badPolicy.toString()).contains("counting");
    }

    private UUID openCase() {
        return opening.open(Reports.hotline("lifecycle-api", "小区门口道路积水严重")).caseId();
    }

    private static String path(UUID caseId, String suffix) {
        return "/api/v1/cases/" + caseId + suffix;
    }

    private static Map<String, Object> details(String severity) {
        return Map.of("topicArea", "public-works", "region", "岳麓区", "severity", severity,
                "coUnits", List.of("区城管局"));
    }

    private static void assertRoles(CasesApi caller, MutableHttpRequest<?> request, String... roles) {
        Map<String, Object> problem = caller.problem(request, 403);
        assertThat(problem).as(request.getMethod() + " " + request.getPath()).containsEntry("title", "无权访问");
        assertThat(problem.get("requiredRoles")).as(request.getMethod() + " " + request.getPath()).asList()
                .containsExactlyInAnyOrder((Object[]) roles);
    }
}
