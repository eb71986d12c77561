package io.responseledger.cases.commitment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.HttpTestWithoutKafka;
import io.responseledger.cases.support.Reports;
import io.responseledger.cases.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commitment, look-back and audit endpoints over HTTP (without Kafka): who may do what (docs/security.md),
 * optimistic locking, illegal transitions, validation, and evidence files.
 */
@MicronautTest(transactional = false)
class CommitmentApiTest extends HttpTestWithoutKafka {

    private static final String LEAD_UNIT = "区人社局";
    private static final String CO_OWNER = "住建局";
    private static final String OTHER_UNIT = "市场监管局";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};

    @Inject CaseOpening opening;
    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    private CasesApi api;
    private CasesApi supervisor;
    private CasesApi leader;
    private CasesApi monitor;
    private CasesApi leadOfficer;
    private CasesApi coOwnerOfficer;
    private CasesApi otherOfficer;
    private String topicArea;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("ledger.commitments.overdue.enabled", "false");
        // A free port: other test runs on this machine may hold the configured one.
        properties.put("micronaut.server.port", "-1");
        properties.put("ledger.commitments.evidence.max-file-size", "1KB");
        properties.put("ledger.rate-limit.requests-per-minute", "60000");
        properties.put("ledger.rate-limit.burst", "1000");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new CasesApi(http.toBlocking(), json);
        supervisor = api.as(Tokens.supervisor());
        leader = api.as(Tokens.leader());
        monitor = api.as(Tokens.monitor());
        leadOfficer = api.as(Tokens.officer(LEAD_UNIT));
        coOwnerOfficer = api.as(Tokens.officer(CO_OWNER));
        otherOfficer = api.as(Tokens.officer(OTHER_UNIT));
        topicArea = "commit-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everyCommitmentEndpointNeedsAToken() {
        Answered c = answeredCase("2026-12-20");
        for (MutableHttpRequest<?> request : List.of(
                HttpRequest.GET(path(c.leadOwned)),
                HttpRequest.POST(path(c.leadOwned) + "/progress", progress(1, 10)),
                HttpRequest.POST(path(c.leadOwned) + "/verification", Map.of()),
                HttpRequest.GET("/api/v1/commitments/look-back?from=2026-12-01&to=2026-12-31"),
                HttpRequest.GET("/api/v1/cases/" + c.caseId + "/audit"))) {
            assertThat(api.send(request).code()).as(request.getPath()).isEqualTo(401);
        }
    }

    @Test
    void onlyAnOfficerOfTheOwnerUnitReportsProgressAndClaims() {
        Answered c = answeredCase("2026-12-20");

        assertOtherUnit(otherOfficer, HttpRequest.POST(path(c.leadOwned) + "/progress", progress(1, 10)));
        assertOtherUnit(leadOfficer, HttpRequest.POST(path(c.coOwned) + "/claim", Map.of("expectedVersion", 1)));
        assertOtherUnit(otherOfficer, HttpRequest.GET(path(c.leadOwned)));
        assertRoleRefused(leader, HttpRequest.POST(path(c.leadOwned) + "/progress", progress(1, 10)), "OFFICER");
        assertRoleRefused(supervisor, HttpRequest.POST(path(c.leadOwned) + "/claim", Map.of("expectedVersion", 1)),
                "OFFICER");

        assertThat(json(coOwnerOfficer.send(HttpRequest.POST(path(c.coOwned) + "/progress", progress(1, 30)))))
                .containsEntry("status", "IN_PROGRESS").containsEntry("progressPercent", 30)
                .containsEntry("version", 2);
        // The lead unit reads what its co-owner reported on its case.
        assertThat(json(leadOfficer.send(HttpRequest.GET(path(c.coOwned))))).containsEntry("progressPercent", 30);
        assertThat(json(monitor.send(HttpRequest.GET(path(c.coOwned))))).containsEntry("status", "IN_PROGRESS");
    }

    @Test
    void onlyASupervisorVerifiesWithdrawsAndReviews() {
        Answered c = answeredCase("2026-12-20");
        leadOfficer.send(HttpRequest.POST(path(c.leadOwned) + "/claim", Map.of("expectedVersion", 1)));
        Map<String, Object> verification = Map.of("expectedVersion", 2, "method", "DOCUMENT_CHECK",
                "outcome", "PASSED");

        assertRoleRefused(leadOfficer, HttpRequest.POST(path(c.leadOwned) + "/verification", verification),
                "SUPERVISOR");
        assertRoleRefused(leader, HttpRequest.POST(path(c.leadOwned) + "/verification", verification), "SUPERVISOR");
        assertRoleRefused(leadOfficer, HttpRequest.POST(path(c.leadOwned) + "/withdrawal",
                Map.of("expectedVersion", 2, "reason", "不再需要")), "SUPERVISOR");
        assertRoleRefused(leader, HttpRequest.POST(path(c.leadOwned) + "/reviews",
                Map.of("finding", "已到账", "conclusion", "CONFIRMED")), "SUPERVISOR");
        assertRoleRefused(monitor, HttpRequest.GET("/api/v1/commitments/look-back?from=2026-12-01&to=2026-12-31"),
                "SUPERVISOR", "LEADER");

        Map<String, Object> verified = json(supervisor.send(
                HttpRequest.POST(path(c.leadOwned) + "/verification", verification)));
        assertThat(verified).containsEntry("status", "VERIFIED").containsEntry("keptOnTime", true);
    }

    @Test
    void aStaleVersionAndAnIllegalTransitionAreConflictsNamingWhatIsCurrent() {
        Answered c = answeredCase("2026-12-20");
        leadOfficer.send(HttpRequest.POST(path(c.leadOwned) + "/progress", progress(1, 20)));

        Map<String, Object> stale = leadOfficer.problem(
                HttpRequest.POST(path(c.leadOwned) + "/progress", progress(1, 60)), 409);
        assertThat(stale).containsEntry("expectedVersion", 1).containsEntry("currentVersion", 2)
                .containsEntry("title", "承诺已被他人修改");

        Map<String, Object> illegal = supervisor.problem(HttpRequest.POST(path(c.leadOwned) + "/verification",
                Map.of("expectedVersion", 2, "method", "SITE_VISIT", "outcome", "PASSED")), 409);
        assertThat(illegal).containsEntry("currentStatus", "IN_PROGRESS")
                .containsEntry("allowedStatuses", List.of("CLAIMED_FULFILLED"))
                .containsEntry("transition", "VERIFY");

        Map<String, Object> withdrawn = json(supervisor.send(HttpRequest.POST(path(c.leadOwned) + "/withdrawal",
                Map.of("expectedVersion", 2, "reason", "项目已由市级统筹解决"))));
        assertThat(withdrawn).containsEntry("status", "WITHDRAWN").containsEntry("withdrawalReason", "项目已由市级统筹解决");
        Map<String, Object> afterWithdrawal = leadOfficer.problem(
                HttpRequest.POST(path(c.leadOwned) + "/progress", progress(3, 70)), 409);
        assertThat(afterWithdrawal).containsEntry("currentStatus", "WITHDRAWN");
        assertThat(json(leader.send(HttpRequest.GET(path(c.leadOwned))))).containsEntry("progressPercent", 20);
    }

    @Test
    void invalidRequestsAreRefusedNamingEveryFieldAtFault() {
        Answered c = answeredCase("2026-12-20");

        assertThat(fields(leadOfficer.problem(HttpRequest.POST(path(c.leadOwned) + "/progress",
                Map.of("progressPercent", 150, "evidenceLinks", List.of("ftp://example.com/x"))), 400)))
                .containsExactly("evidenceLinks[0]", "expectedVersion", "progressPercent");
        assertThat(fields(supervisor.problem(HttpRequest.POST(path(c.leadOwned) + "/withdrawal",
                Map.of("expectedVersion", 1, "reason", " ")), 400))).containsExactly("reason");
        leadOfficer.send(HttpRequest.POST(path(c.leadOwned) + "/claim", Map.of("expectedVersion", 1)));
        assertThat(fields(supervisor.problem(HttpRequest.POST(path(c.leadOwned) + "/verification",
                Map.of("expectedVersion", 2, "method", "SITE_VISIT", "outcome", "FAILED")), 400)))
                .containsExactly("rectificationDueDate");
        assertThat(fields(supervisor.problem(HttpRequest.POST(path(c.leadOwned) + "/verification",
                Map.of("expectedVersion", 2, "method", "PHONE", "outcome", "FAILED")), 400)))
                .containsExactly("method");
        assertThat(leader.problem(HttpRequest.GET(path(UUID.randomUUID())), 404))
                .containsEntry("title", "承诺不存在");
    }

    @Test
    void evidenceFilesAreStoredWithProgressAndServedBackOnlyIfTheyAreSmallPdfsOrImages() {
        Answered c = answeredCase("2026-12-20");

        Map<String, Object> uploaded = json(leadOfficer.send(upload(c.leadOwned, "现场照片.png", PNG, "1", "50")));

        assertThat(uploaded).containsEntry("status", "IN_PROGRESS").containsEntry("progressPercent", 50);
        @SuppressWarnings("unchecked")
        Map<String, Object> evidence = ((List<Map<String, Object>>) ((List<Map<String, Object>>)
                uploaded.get("progress")).get(0).get("evidence")).get(0);
        assertThat(evidence).containsEntry("kind", "FILE").containsEntry("fileName", "现场照片.png")
                .containsEntry("contentType", "image/png").containsEntry("sizeBytes", PNG.length);
        HttpResponse<byte[]> download = http.toBlocking().exchange(HttpRequest.GET((String) evidence.get("url"))
                .bearerAuth(Tokens.leader()), byte[].class);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.getContentType()).hasValue(MediaType.IMAGE_PNG_TYPE);
        assertThat(otherOfficer.send(HttpRequest.GET((String) evidence.get("url"))).code()).isEqualTo(403);

        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(fields(leadOfficer.problem(upload(c.leadOwned, "scan.pdf", html, "2", null), 400)))
                .containsExactly("file");
        byte[] large = Arrays.copyOf(PNG, 2048);
        assertThat(fields(leadOfficer.problem(upload(c.leadOwned, "big.png", large, "2", null), 400)))
                .containsExactly("file");
        assertThat(fields(leadOfficer.problem(upload(c.leadOwned, "a.png", PNG, "many", null), 400)))
                .containsExactly("expectedVersion");
        assertOtherUnit(otherOfficer, upload(c.leadOwned, "a.png", PNG, "2", null));
        assertThat(json(leader.send(HttpRequest.GET(path(c.leadOwned))))).containsEntry("version", 2);
    }

    @Test
    void lookBackListsThePeriodsCommitmentsAndRecordsAReviewOfOne() {
        String area = "lookback-" + UUID.randomUUID().toString().substring(0, 8);
        Answered first = answeredCase("2027-03-02", area);
        Answered second = answeredCase("2027-03-01", area);
        String list = "/api/v1/commitments/look-back?from=2027-03-01&to=2027-03-31&topicArea=" + area;

        Map<String, Object> page = json(supervisor.send(HttpRequest.GET(list + "&size=3")));
        assertThat(page).containsEntry("total", 4).containsEntry("size", 3);
        // Oldest due first; commitments due the same day in id order.
        assertThat(items(page).subList(0, 2)).extracting(i -> i.get("commitmentId")).containsExactlyInAnyOrder(
                second.leadOwned.toString(), second.coOwned.toString());
        assertThat(items(page).get(2).get("commitmentId")).isIn(first.leadOwned.toString(), first.coOwned.toString());
        assertThat(items(page).get(0)).containsEntry("status", "OPEN").containsEntry("lastVerification", null)
                .containsEntry("lastReview", null).containsEntry("dueDate", "2027-03-01");

        HttpResponse<String> reviewed = supervisor.send(HttpRequest.POST(path(second.leadOwned) + "/reviews",
                Map.of("finding", "抽查两名工人，工资已到账", "conclusion", "CONFIRMED")));
        assertThat(reviewed.code()).isEqualTo(201);
        Map<String, Object> again = json(leader.send(HttpRequest.GET(list + "&unit="
                + URLEncoder.encode(LEAD_UNIT, StandardCharsets.UTF_8) + "&status=OPEN")));
        assertThat(items(again)).extracting(i -> i.get("commitmentId"))
                .containsExactly(second.leadOwned.toString(), first.leadOwned.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> lastReview = (Map<String, Object>) items(again).get(0).get("lastReview");
        assertThat(lastReview).containsEntry("reviewer", "test-supervisor").containsEntry("conclusion", "CONFIRMED");
        assertThat(items(again).get(0)).containsEntry("reviewCount", 1);

        assertThat(fields(supervisor.problem(HttpRequest.GET(
                "/api/v1/commitments/look-back?from=2027-03-31&to=2027-03-01"), 400))).containsExactly("to");
        assertThat(fields(supervisor.problem(HttpRequest.GET(
                "/api/v1/commitments/look-back?from=2027-03-01&to=2027-03-31&status=DONE"), 400)))
                .containsExactly("status");
        assertThat(fields(supervisor.problem(HttpRequest.GET("/api/v1/commitments/look-back?to=2027-03-31"), 400)))
                .containsExactly("from");
        assertThat(fields(supervisor.problem(HttpRequest.GET(
                "/api/v1/commitments/look-back?from=2027-03-01&to=31.03.2027"), 400))).containsExactly("to");
    }

    @Test
    void theAuditTrailOfACaseIsShownPagedToSupervisorsLeadersAndTheLeadUnitsOfficers() {
        Answered c = answeredCase("2026-12-20");
        leadOfficer.send(HttpRequest.POST(path(c.leadOwned) + "/progress", progress(1, 20)));
        String audit = "/api/v1/cases/" + c.caseId + "/audit";

        Map<String, Object> all = json(supervisor.send(HttpRequest.GET(audit)));
        assertThat(all).containsEntry("total", 3);
        assertThat(items(all)).extracting(i -> i.get("action"))
                .containsExactly("CASE_ASSIGNED", "RESPONSE_RECORDED", "COMMITMENT_PROGRESS_REPORTED");
        Map<String, Object> progress = items(all).get(2);
        assertThat(progress).containsEntry("actor", "test-officer-" + LEAD_UNIT)
                .containsEntry("actorRoles", List.of("OFFICER")).containsEntry("actorUnit", LEAD_UNIT);
        assertThat(progress.get("before")).asString().contains("status=OPEN").contains("version=1");
        assertThat(progress.get("after")).asString().contains("status=IN_PROGRESS").contains("progressPercent=20");

        Map<String, Object> secondPage = json(leader.send(HttpRequest.GET(audit + "?page=1&size=2")));
        assertThat(items(secondPage)).extracting(i -> i.get("action")).containsExactly("COMMITMENT_PROGRESS_REPORTED");
        assertThat(json(leadOfficer.send(HttpRequest.GET(audit)))).containsEntry("total", 3);
        assertRoleRefused(monitor, HttpRequest.GET(audit), "SUPERVISOR", "LEADER", "OFFICER");
        assertThat(otherOfficer.problem(HttpRequest.GET(audit), 403))
                .containsEntry("detail", "案件不属于您所在的单位");
        assertThat(fields(leader.problem(HttpRequest.GET(audit + "?size=500"), 400))).containsExactly("size");
    }

    // --- helpers

    /** A case of {@link #LEAD_UNIT} answered with two commitments: one its own, one of {@link #CO_OWNER}. */
    private record Answered(UUID caseId, UUID leadOwned, UUID coOwned) {
    }

    private Answered answeredCase(String dueDate) {
        return answeredCase(dueDate, topicArea);
    }

    private Answered answeredCase(String dueDate, String area) {
        UUID caseId = opening.open(Reports.wageArrears(area)).caseId();
        supervisor.assign(caseId, LEAD_UNIT);
        CaseView view = leadOfficer.recordResponse(caseId, Map.of(
                "text", "已约谈施工总包单位，责令限期足额支付拖欠工资", "channel", "GOVERNMENT_WEBSITE",
                "publishingUnit", LEAD_UNIT, "publishedAt", "2026-11-26T07:00:00Z",
                "commitments", List.of(
                        Map.of("content", "足额支付拖欠工资", "ownerUnit", LEAD_UNIT, "dueDate", dueDate,
                                "verificationMethod", "CITIZEN_CALLBACK", "fulfilmentCheck", "回访全部欠薪工人"),
                        Map.of("content", "将该项目纳入重点监管", "ownerUnit", CO_OWNER, "dueDate", dueDate)))).body();
        List<CaseView.CommitmentView> made = view.responses().get(0).commitments();
        assertThat(made.get(0).fulfilmentCheck()).isEqualTo("回访全部欠薪工人");
        return new Answered(caseId, made.get(0).id(), made.get(1).id());
    }

    private static Map<String, Object> progress(long version, int percent) {
        return Map.of("expectedVersion", version, "progressPercent", percent, "note", "已支付部分工资",
                "evidenceLinks", List.of("https://www.example.gov.cn/notice/1.html"));
    }

    private static MutableHttpRequest<?> upload(UUID id, String fileName, byte[] content, String version,
                                                String percent) {
        MultipartBody.Builder body = MultipartBody.builder()
                .addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content)
                .addPart("expectedVersion", version);
        if (percent != null) {
            body.addPart("progressPercent", percent);
        }
        return HttpRequest.POST(path(id) + "/evidence", body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private static String path(UUID id) {
        return "/api/v1/commitments/" + id;
    }

    private Map<String, Object> json(HttpResponse<String> response) {
        assertThat(response.code()).as(response.body()).isBetween(200, 201);
        try {
            return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("violations")).stream()
                .map(v -> (String) v.get("field")).toList();
    }

    private static void assertRoleRefused(CasesApi caller, MutableHttpRequest<?> request, String... roles) {
        Map<String, Object> problem = caller.problem(request, 403);
        assertThat(problem).as(request.getMethod() + " " + request.getPath())
                .containsEntry("title", "无权访问").containsEntry("requiredRoles", List.of(roles));
    }

    private static void assertOtherUnit(CasesApi officer, MutableHttpRequest<?> request) {
        assertThat(officer.problem(request, 403)).as(request.getMethod() + " " + request.getPath())
                .containsEntry("detail", CommitmentAccess.OTHER_UNIT);
    }
}
