package io.responseledger.cases.personal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditEntry;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.outbox.OutboxEntry;
import io.responseledger.cases.outbox.OutboxRepository;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.KafkaIntegrationTest;
import io.responseledger.cases.support.LogCapture;
import io.responseledger.cases.support.OpinionReportsClient;
import io.responseledger.cases.support.Reports;
import io.responseledger.cases.support.Tokens;
import io.responseledger.cases.support.TopicReader;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report carrying personal data, through the real broker: stored apart, shown masked in the case, in full only
 * to the lead unit's officer through /contacts (and that reveal audited), never in case events, never in logs.
 */
@MicronautTest(transactional = false)
class PersonalDataIT extends KafkaIntegrationTest {

    private static final String UNIT = "区住建局";
    private static final String[] FULL_VALUES = {Reports.NAME, Reports.MOBILE, Reports.ID_NUMBER, Reports.EMAIL};

    @Inject OpinionReportsClient reportsTopic;
    @Inject ReportPersonalDataRepository personalData;
    @Inject OutboxRepository outbox;
    @Inject AuditTrail audit;
    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    private CasesApi api;
    private TopicReader caseEvents;

    @BeforeAll
    void setUp() {
        api = new CasesApi(http.toBlocking(), json);
        caseEvents = new TopicReader(BOOTSTRAP_SERVERS, Topics.CASE_EVENTS);
    }

    @AfterAll
    void closeReader() {
        caseEvents.close();
    }

    @Test
    void personalDataIsStoredApartShownMaskedRevealedOnlyToTheAssignedOfficerAndNeverPublishedOrLogged()
            throws IOException {
        ReportSubmitted report = Reports.hotlineWithPersonalData(uniqueTopicArea());
        CasesApi leader = api.as(Tokens.leader());
        CasesApi officer = api.as(Tokens.officer(UNIT));
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        root.setLevel(Level.DEBUG);
        UUID caseId;
        try (LogCapture logs = LogCapture.attach()) {
            reportsTopic.send(report.reportId().toString(), report);
            caseId = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> leader.byReport(report.reportId()), view -> view != null).id();
            api.as(Tokens.supervisor()).assign(caseId, UNIT);

            // Stored apart, in full.
            assertThat(personalData.findById(report.reportId())).hasValueSatisfying(stored ->
                    assertThat(stored.toPersonalData().phones()).containsExactly(Reports.MOBILE));

            // The case view, to any reader: masked only.
            Map<String, Object> view = leader.getJson(caseId);
            assertThat(json.writeValueAsString(view)).doesNotContain(FULL_VALUES);
            CaseView.MaskedPersonalData masked = officer.get(caseId).reports().get(0).personalData();
            assertThat(masked).isEqualTo(new CaseView.MaskedPersonalData("王**", List.of("139****5678"),
                    List.of("110105********1234"), List.of("w***@example.com")));

            // The contacts, to the assigned unit's officer: in full, and the reveal is audited.
            Map<String, Object> contacts = officer.contactsJson(caseId);
            assertThat(contacts).containsEntry("caseId", caseId.toString());
            assertThat(contacts.get("contacts")).isEqualTo(List.of(Map.of(
                    "reportId", report.reportId().toString(), "source", "HOTLINE", "externalId", report.externalId(),
                    "name", Reports.NAME, "phones", List.of(Reports.MOBILE), "idNumbers", List.of(Reports.ID_NUMBER),
                    "emails", List.of(Reports.EMAIL))));
            List<AuditEntry> reveals = audit.of(caseId).stream()
                    .filter(entry -> entry.action() == AuditAction.CONTACTS_REVEALED).toList();
            assertThat(reveals).singleElement().satisfies(entry -> {
                assertThat(entry.actor()).isEqualTo("test-officer-" + UNIT);
                assertThat(entry.actorRoles()).isEqualTo("OFFICER");
                assertThat(entry.actorUnit()).isEqualTo(UNIT);
                assertThat(entry.detail()).contains(report.reportId().toString());
            });

            // Not to readers who do not call back, nor to another unit: and those attempts reveal nothing.
            api.as(Tokens.monitor()).problem(HttpRequest.GET("/api/v1/cases/" + caseId + "/contacts"), 403);
            api.as(Tokens.leader()).problem(HttpRequest.GET("/api/v1/cases/" + caseId + "/contacts"), 403);
            api.as(Tokens.officer("区人社局")).problem(HttpRequest.GET("/api/v1/cases/" + caseId + "/contacts"), 403);
            assertThat(audit.of(caseId)).filteredOn(entry -> entry.action() == AuditAction.CONTACTS_REVEALED)
                    .hasSize(1);

            // Never in case events: neither in the outbox nor on the topic.
            List<OutboxEntry> written = outbox.findByCaseIdOrderByIdAsc(caseId);
            assertThat(written).hasSize(2).allSatisfy(entry ->
                    assertThat(entry.payload()).doesNotContain(FULL_VALUES).doesNotContain("personalData"));
            List<ConsumerRecord<String, byte[]>> published =
                    caseEvents.awaitRecords(caseId.toString(), records -> records.size() >= 2);
            assertThat(published).allSatisfy(record ->
                    assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(FULL_VALUES)
                            .contains("139****5678"));

            // Never in logs, with the root logger at DEBUG while all this happened.
            assertThat(logs.text()).contains(caseId.toString()).doesNotContain(FULL_VALUES);
        } finally {
            root.setLevel(level);
        }
    }
}
