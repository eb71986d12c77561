package io.responseledger.cases.outbox;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.KafkaIntegrationTest;
import io.responseledger.cases.support.Reports;
import io.responseledger.cases.support.Tokens;
import io.responseledger.cases.support.TopicReader;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.Topics;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every change of a case reaches the case-events topic on the real broker, keyed by case id, in version order. */
@MicronautTest(transactional = false)
class OutboxRelayIT extends KafkaIntegrationTest {

    @Inject CaseOpening opening;
    @Inject OutboxRepository outbox;
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
    void recordingAResponsePublishesTheCaseEventKeyedByCaseIdWithItsVersion() throws IOException {
        UUID caseId = opening.open(Reports.wageArrears(uniqueTopicArea())).caseId();
        api.as(Tokens.supervisor()).assign(caseId, "区人社局");
        api.as(Tokens.officer("区人社局")).recordResponse(caseId, Map.of(
                "text", "已约谈施工总包单位，责令于12月20日前足额支付拖欠工资",
                "channel", "GOVERNMENT_WEBSITE",
                "publishingUnit", "区人社局",
                "publishedAt", "2026-11-27T15:00:00+08:00",
                "commitments", List.of(Map.of("content", "12月20日前足额支付拖欠工资", "ownerUnit", "区人社局",
                        "dueDate", "2026-12-20", "verificationMethod", "CITIZEN_CALLBACK"))));

        List<ConsumerRecord<String, byte[]>> records =
                caseEvents.awaitRecords(caseId.toString(), found -> found.size() >= 3);

        List<CaseEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            CaseEvent event = json.readValue(record.value(), CaseEvent.class);
            assertThat(TopicReader.header(record, "x-event-id")).isEqualTo(event.eventId().toString());
            assertThat(TopicReader.header(record, "x-event-type")).isEqualTo(event.type().name());
            events.add(event);
        }
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        assertThat(events).extracting(CaseEvent::caseId).containsOnly(caseId);
        assertThat(events).extracting(CaseEvent::type).containsExactly(CaseEventType.CASE_OPENED,
                CaseEventType.CASE_ASSIGNED, CaseEventType.RESPONSE_RECORDED);
        assertThat(events).extracting(CaseEvent::caseVersion).containsExactly(1L, 2L, 3L);
        CaseEvent responded = events.get(2);
        assertThat(responded.snapshot().status()).isEqualTo("RESPONDED");
        assertThat(responded.snapshot().leadUnit()).isEqualTo("区人社局");
        assertThat(responded.snapshot().responses()).singleElement().satisfies(response ->
                assertThat(response.commitments()).singleElement().satisfies(commitment -> {
                    assertThat(commitment.content()).isEqualTo("12月20日前足额支付拖欠工资");
                    assertThat(commitment.status()).isEqualTo("OPEN");
                }));
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.findByCaseIdOrderByIdAsc(caseId).stream()
                .allMatch(entry -> entry.publishedAt() != null));
    }
}
