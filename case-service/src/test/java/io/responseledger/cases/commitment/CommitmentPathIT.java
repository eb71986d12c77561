package io.responseledger.cases.commitment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.KafkaIntegrationTest;
import io.responseledger.cases.support.OpinionReportsClient;
import io.responseledger.cases.support.Reports;
import io.responseledger.cases.support.Tokens;
import io.responseledger.cases.support.TopicReader;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import static io.responseledger.contracts.CaseEventType.CASE_ASSIGNED;
import static io.responseledger.contracts.CaseEventType.CASE_OPENED;
import static io.responseledger.contracts.CaseEventType.COMMITMENT_CLAIMED_FULFILLED;
import static io.responseledger.contracts.CaseEventType.COMMITMENT_PROGRESS;
import static io.responseledger.contracts.CaseEventType.COMMITMENT_REVIEWED;
import static io.responseledger.contracts.CaseEventType.COMMITMENT_VERIFICATION_FAILED;
import static io.responseledger.contracts.CaseEventType.COMMITMENT_VERIFIED;
import static io.responseledger.contracts.CaseEventType.RESPONSE_RECORDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole commitment path through REST, on the real broker: a report opens a case, the unit's response makes two
 * commitments, progress is reported (a link, a file), both are claimed fulfilled, one verification fails and sets a
 * rectification deadline, the unit rectifies and claims again, both are verified, and the supervisor records a
 * look-back review. A downstream consumer of {@code case.events.v1} sees every change in order with the commitment
 * fields filled, and the case's audit trail shows who did each, with the state before and after.
 */
@MicronautTest(transactional = false)
class CommitmentPathIT extends KafkaIntegrationTest {

    private static final String UNIT = "区人社局";
    private static final String NOTE = "已向第一批12名工人支付工资";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject OpinionReportsClient reportsTopic;
    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    private CasesApi supervisor;
    private CasesApi officer;
    private CasesApi leader;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("ledger.commitments.overdue.enabled", "false");
        return properties;
    }

    @BeforeAll
    void setUp() {
        CasesApi api = new CasesApi(http.toBlocking(), json);
        supervisor = api.as(Tokens.supervisor());
        officer = api.as(Tokens.officer(UNIT));
        leader = api.as(Tokens.leader());
    }

    @Test
    void responseWithTwoCommitmentsIsFollowedThroughFailedVerificationAndRectificationToVerified() throws IOException {
        ReportSubmitted report = Reports.wageArrears(uniqueTopicArea());
        reportsTopic.send(report.reportId().toString(), report);
        UUID caseId = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> leader.byReport(report.reportId()), v -> v != null).id();
        supervisor.assign(caseId, UNIT);
        CaseView responded = officer.recordResponse(caseId, Map.of(
                "text", "已约谈施工总包单位，责令于12月20日前足额支付拖欠工资；项目纳入重点监管",
                "channel", "GOVERNMENT_WEBSITE", "publishingUnit", UNIT, "publishedAt", "2026-11-27T07:00:00Z",
                "commitments", List.of(
                        Map.of("content", "12月20日前足额支付拖欠工资", "ownerUnit", UNIT, "dueDate", "2026-12-20",
                                "verificationMethod", "CITIZEN_CALLBACK", "fulfilmentCheck", "回访全部欠薪工人"),
                        Map.of("content", "将该项目纳入重点监管", "ownerUnit", UNIT, "dueDate", "2026-12-31",
                                "verificationMethod", "DOCUMENT_CHECK")))).body();
        UUID wages = responded.responses().get(0).commitments().get(0).id();
        UUID supervision = responded.responses().get(0).commitments().get(1).id();

        post(officer, wages, "/progress", Map.of("expectedVersion", 1, "progressPercent", 50, "note", NOTE,
                "evidenceLinks", List.of("https://www.example.gov.cn/xxgk/2026/12/01/wages.html")));
        Map<String, Object> withFile = send(officer, HttpRequest.POST("/api/v1/commitments/" + supervision
                + "/evidence", MultipartBody.builder()
                .addPart("file", "监管通知.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                .addPart("expectedVersion", "1").addPart("progressPercent", "60").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(withFile).containsEntry("progressPercent", 60);
        post(officer, wages, "/claim", Map.of("expectedVersion", 2, "note", "工资已全部支付"));
        post(officer, supervision, "/claim", Map.of("expectedVersion", 2));
        Map<String, Object> failed = post(supervisor, wages, "/verification", Map.of("expectedVersion", 3,
                "method", "SITE_VISIT", "outcome", "FAILED", "finding", "仍有3名工人未收到工资",
                "rectificationDueDate", "2027-01-10"));
        post(supervisor, supervision, "/verification", Map.of("expectedVersion", 3, "method", "DOCUMENT_CHECK",
                "outcome", "PASSED", "finding", "监管文件齐全"));
        post(officer, wages, "/progress", Map.of("expectedVersion", 4, "progressPercent", 90, "note", "补发剩余工资"));
        post(officer, wages, "/claim", Map.of("expectedVersion", 5));
        Map<String, Object> verified = post(supervisor, wages, "/verification", Map.of("expectedVersion", 6,
                "method", "CITIZEN_CALLBACK", "outcome", "PASSED", "finding", "回访3名工人，均已到账"));
        HttpResponse<String> reviewed = supervisor.send(HttpRequest.POST("/api/v1/commitments/" + wages + "/reviews",
                Map.of("finding", "回头看：抽查5名工人，工资均已到账", "conclusion", "CONFIRMED")));

        assertThat(failed).containsEntry("status", "VERIFICATION_FAILED")
                .containsEntry("rectificationDueDate", "2027-01-10").containsEntry("verificationFailures", 1);
        assertThat(verified).containsEntry("status", "VERIFIED").containsEntry("keptOnTime", true)
                .containsEntry("version", 7);
        assertThat(reviewed.code()).isEqualTo(201);

        List<CaseEventType> expected = List.of(CASE_OPENED, CASE_ASSIGNED, RESPONSE_RECORDED, COMMITMENT_PROGRESS,
                COMMITMENT_PROGRESS, COMMITMENT_CLAIMED_FULFILLED, COMMITMENT_CLAIMED_FULFILLED,
                COMMITMENT_VERIFICATION_FAILED, COMMITMENT_VERIFIED, COMMITMENT_PROGRESS,
                COMMITMENT_CLAIMED_FULFILLED, COMMITMENT_VERIFIED, COMMITMENT_REVIEWED);
        List<ConsumerRecord<String, byte[]>> records;
        try (TopicReader reader = new TopicReader(BOOTSTRAP_SERVERS, Topics.CASE_EVENTS)) {
            records = reader.awaitRecords(caseId.toString(), read -> read.size() >= expected.size());
        }
        List<CaseEvent> events = records.stream().map(this::event).toList();
        assertThat(events).extracting(CaseEvent::type).containsExactlyElementsOf(expected);
        assertThat(events).extracting(CaseEvent::caseVersion)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, expected.size()).boxed().toList());
        assertThat(records).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                .doesNotContain(NOTE).doesNotContain("监管通知.pdf"));

        CaseSnapshot.Commitment failedWages = commitments(events.get(7)).get(0);
        assertThat(failedWages.status()).isEqualTo("VERIFICATION_FAILED");
        assertThat(failedWages.rectificationDueDate()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(failedWages.verifiedAt()).isNull();
        List<CaseSnapshot.Commitment> last = commitments(events.get(12));
        assertThat(last).extracting(CaseSnapshot.Commitment::status).containsExactly("VERIFIED", "VERIFIED");
        assertThat(last.get(0)).satisfies(c -> {
            assertThat(c.fulfilmentCheck()).isEqualTo("回访全部欠薪工人");
            assertThat(c.progressPercent()).isEqualTo(100);
            assertThat(c.claimedAt()).isNotNull();
            assertThat(c.verifiedAt()).isNotNull().isAfterOrEqualTo(c.claimedAt());
            assertThat(c.keptOnTime()).isTrue();
            assertThat(c.rectificationDueDate()).isEqualTo(LocalDate.of(2027, 1, 10));
            assertThat(c.flagged()).isFalse();
        });
        assertThat(last.get(1).fulfilmentCheck()).isEqualTo("DOCUMENT_CHECK");

        Map<String, Object> trail = send(leader, HttpRequest.GET("/api/v1/cases/" + caseId + "/audit?size=50"));
        List<Map<String, Object>> entries = items(trail);
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("CASE_ASSIGNED", "RESPONSE_RECORDED",
                "COMMITMENT_PROGRESS_REPORTED", "COMMITMENT_PROGRESS_REPORTED", "COMMITMENT_CLAIMED_FULFILLED",
                "COMMITMENT_CLAIMED_FULFILLED", "COMMITMENT_VERIFICATION_FAILED", "COMMITMENT_VERIFIED",
                "COMMITMENT_PROGRESS_REPORTED", "COMMITMENT_CLAIMED_FULFILLED", "COMMITMENT_VERIFIED",
                "COMMITMENT_REVIEWED");
        assertThat(entries).extracting(e -> e.get("actor")).containsExactly("test-supervisor", "test-officer-" + UNIT,
                "test-officer-" + UNIT, "test-officer-" + UNIT, "test-officer-" + UNIT, "test-officer-" + UNIT,
                "test-supervisor", "test-supervisor", "test-officer-" + UNIT, "test-officer-" + UNIT,
                "test-supervisor", "test-supervisor");
        Map<String, Object> failure = entries.get(6);
        assertThat(failure.get("before")).asString().contains("status=CLAIMED_FULFILLED")
                .contains("commitmentId=" + wages);
        assertThat(failure.get("after")).asString().contains("status=VERIFICATION_FAILED")
                .contains("rectificationDueDate=2027-01-10").contains("verificationFailures=1");
        assertThat(failure.get("detail")).asString().contains("method=SITE_VISIT").contains("outcome=FAILED");
        assertThat(trail.toString()).doesNotContain(NOTE).doesNotContain("仍有3名工人未收到工资")
                .doesNotContain("监管通知.pdf");
    }

    private Map<String, Object> post(CasesApi caller, UUID commitment, String action, Map<String, Object> body) {
        return send(caller, HttpRequest.POST("/api/v1/commitments/" + commitment + action, body));
    }

    private Map<String, Object> send(CasesApi caller, io.micronaut.http.MutableHttpRequest<?> request) {
        HttpResponse<String> response = caller.send(request);
        assertThat(response.code()).as("%s %s: %s", request.getMethod(), request.getPath(), response.body())
                .isBetween(200, 201);
        try {
            return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CaseEvent event(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readValue(record.value(), CaseEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CaseSnapshot.Commitment> commitments(CaseEvent event) {
        return event.snapshot().responses().get(0).commitments();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
