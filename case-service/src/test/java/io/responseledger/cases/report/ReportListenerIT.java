package io.responseledger.cases.report;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.casefile.CasePage;
import io.responseledger.cases.casefile.CaseStatus;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.KafkaIntegrationTest;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reports arriving on the real broker become cases; what cannot become one is dead-lettered. */
@MicronautTest(transactional = false)
class ReportListenerIT extends KafkaIntegrationTest {

    @Inject OpinionReportsClient reportsTopic;
    @Inject FlakyCaseOpening opening;
    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    private CasesApi api;
    private TopicReader deadLetters;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("test.flaky-opening", "true");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new CasesApi(http.toBlocking(), json).as(Tokens.leader());
        deadLetters = new TopicReader(BOOTSTRAP_SERVERS, Topics.OPINION_REPORTS_DLQ);
    }

    @AfterAll
    void closeReader() {
        deadLetters.close();
    }

    @Test
    void reportOnTheTopicOpensACase() {
        ReportSubmitted report = Reports.wageArrears(uniqueTopicArea());

        reportsTopic.send(report.reportId().toString(), report);

        CaseView opened = awaitCaseOf(report);
        assertThat(opened.status()).isEqualTo(CaseStatus.NEW);
        assertThat(opened.version()).isEqualTo(1);
        assertThat(opened.title()).isEqualTo(report.title());
        assertThat(opened.topicArea()).isEqualTo(report.topicArea());
        assertThat(opened.reports()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(report.reportId());
            assertThat(r.source()).isEqualTo(report.source());
            assertThat(r.body()).isEqualTo(report.body());
            assertThat(r.observedAt()).isEqualTo(report.observedAt());
        });
    }

    @Test
    void reportSentTwiceOpensOneCase() {
        String topicArea = uniqueTopicArea();
        ReportSubmitted report = Reports.wageArrears(topicArea);
        ReportSubmitted next = Reports.hotline(topicArea, "安置房项目工人讨薪");
        String key = report.reportId().toString();

        reportsTopic.send(key, report);
        reportsTopic.send(key, report);
        // Same key, so same partition: once this one has a case, the duplicate before it has been consumed.
        reportsTopic.send(key, next);
        awaitCaseOf(next);

        CasePage cases = api.list("topicArea=" + topicArea);
        assertThat(cases.total()).isEqualTo(2);
        assertThat(api.byReport(report.reportId()).reports()).hasSize(1);
    }

    @Test
    void recordsThatCannotBecomeACaseAreDeadLetteredWithTheReasonAndTheReportsBehindThemStillOpenCases() {
        ReportSubmitted valid = Reports.hotline(uniqueTopicArea(), "小区供暖不热");
        ReportSubmitted withoutTitle = new ReportSubmitted(UUID.randomUUID(), valid.source(), null, null,
                valid.body(), valid.topicArea(), null, null, valid.observedAt(), valid.submittedAt(), null);
        String key = "it-dlq-" + UUID.randomUUID();

        reportsTopic.sendRaw(key, "{\"reportId\": 12, 工人".getBytes(StandardCharsets.UTF_8));
        reportsTopic.send(key, withoutTitle);
        reportsTopic.send(key, valid);

        List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitRecords(key, records -> records.size() >= 2);
        assertThat(dead).hasSize(2);
        assertThat(TopicReader.header(dead.get(0), Topics.DEAD_LETTER_REASON_HEADER)).startsWith("not a ReportSubmitted");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"reportId\": 12, 工人");
        assertThat(TopicReader.header(dead.get(1), Topics.DEAD_LETTER_REASON_HEADER))
                .isEqualTo("invalid ReportSubmitted: title is missing");
        assertThat(TopicReader.header(dead.get(1), "x-original-topic")).isEqualTo(Topics.OPINION_REPORTS);
        assertThat(awaitCaseOf(valid).title()).isEqualTo("小区供暖不热");
    }

    @Test
    void reportIsRetriedWhileTheDatabaseIsUnavailableAndTheReportsBehindItWait() {
        String topicArea = uniqueTopicArea();
        ReportSubmitted blocked = Reports.wageArrears(topicArea);
        ReportSubmitted behind = Reports.hotline(topicArea, "同一工地又有工人来电讨薪");
        opening.failFirst(blocked.reportId(), 2);
        String key = blocked.reportId().toString();

        reportsTopic.send(key, blocked);
        reportsTopic.send(key, behind);

        CaseView opened = awaitCaseOf(blocked);
        awaitCaseOf(behind);
        List<Instant> attempts = opening.attemptsAt(blocked.reportId());
        assertThat(attempts).hasSize(3);
        // The pause between attempts is ledger.cases.reports.retry-delay, 200ms in these tests.
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(Duration.between(attempts.get(i - 1), attempts.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
        assertThat(opening.attemptsAt(behind.reportId()).get(0)).isAfter(attempts.get(2));
        assertThat(opened.version()).isEqualTo(1);
        assertThat(api.list("topicArea=" + topicArea).total()).isEqualTo(2);
    }

    private CaseView awaitCaseOf(ReportSubmitted report) {
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> api.byReport(report.reportId()), view -> view != null);
    }
}
