package io.responseledger.intake.hotline;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.CapturedOutput;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.HotlinePlatform;
import io.responseledger.intake.testsupport.HotlineSigner;
import io.responseledger.intake.testsupport.Tokens;
import io.responseledger.intake.testsupport.TopicProbe;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hotline platform publishing to hotline.messages.raw.v1 through the real broker: reports on
 * opinion.reports.v1, one report per work order whichever way it came, poison messages in the dead-letter topic.
 */
@MicronautTest
@Property(name = "ledger.hotline.topic.enabled", value = "true")
class HotlineTopicIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static final Duration SILENCE = Duration.ofSeconds(3);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper objectMapper;

    @Value("${kafka.bootstrap.servers}")
    String bootstrapServers;

    TopicProbe reports;
    TopicProbe deadLetters;
    HotlinePlatform platform;

    @BeforeEach
    void open() {
        reports = new TopicProbe(bootstrapServers, Topics.OPINION_REPORTS);
        deadLetters = new TopicProbe(bootstrapServers, Topics.HOTLINE_MESSAGES_DLQ);
        platform = new HotlinePlatform(bootstrapServers);
    }

    @AfterEach
    void close() {
        platform.close();
        reports.close();
        deadLetters.close();
    }

    @Test
    void messageOnTheTopicBecomesANormalisedMaskedReportWithItsWorkOrder() throws Exception {
        String workOrder = newWorkOrder();
        String message = """
                {"workOrderNo":"%s","callerName":"王小明","callerPhone":"13912341234",
                 "receivedAt":"2026-11-26T09:40:00+08:00","category":"劳动保障／欠薪",
                 "content":"来电人王小明反映：\\u3000其在ＸＸ区安置房项目从事木工，\\t今年９月至今工资未结清。\\n\\n\\n\\n身份证号430102198506123214，备用电话（0731）84561234。",
                 "timeLimitHours":72}""".formatted(workOrder);
        String reportId = hotlineReportId(workOrder);
        String log;
        try (CapturedOutput output = CapturedOutput.start()) {
            platform.publish(workOrder, message);
            await().atMost(ARRIVAL).untilAsserted(() -> assertThat(reports.recordsWithKey(reportId)).hasSize(1));
            log = output.text();
        }

        ReportSubmitted event = event(reports.recordsWithKey(reportId).get(0));
        assertThat(event.source()).isEqualTo(ReportSource.HOTLINE);
        assertThat(event.externalId()).isEqualTo(workOrder);
        assertThat(event.title()).isEqualTo("12345工单" + workOrder + " 劳动保障/欠薪");
        assertThat(event.body()).isEqualTo("来电人王**反映： 其在XX区安置房项目从事木工， 今年9月至今工资未结清。\n\n"
                + "身份证号430102********3214，备用电话0731-****1234。");
        assertThat(event.topicArea()).isEqualTo("other");
        assertThat(event.topicSuggestion()).isNotNull();
        assertThat(event.hotline().workOrderNumber()).isEqualTo(workOrder);
        assertThat(event.hotline().category()).isEqualTo("劳动保障/欠薪");
        assertThat(event.hotline().receivedAt()).isEqualTo(Instant.parse("2026-11-26T01:40:00Z"));
        assertThat(event.hotline().handlingDueAt()).isEqualTo(Instant.parse("2026-11-29T01:40:00Z"));
        assertThat(event.personalData().name()).isEqualTo("王小明");
        assertThat(event.personalData().phones()).containsExactly("13912341234", "0731-84561234");
        assertThat(event.personalData().idNumbers()).containsExactly("430102198506123214");
        assertThat(log).contains(reportId).doesNotContain("13912341234", "430102198506123214", "84561234", "王小明");
    }

    @Test
    void workOrderPublishedTwiceIsOneReportId() throws Exception {
        String workOrder = newWorkOrder();
        String reportId = hotlineReportId(workOrder);

        platform.publish(workOrder, sample(workOrder));
        platform.publish(workOrder, sample(workOrder));

        // Both deliveries are on the report topic under one id; the case service keeps the first.
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(reports.recordsWithKey(reportId)).hasSize(2));
        for (ConsumerRecord<String, String> record : reports.recordsWithKey(reportId)) {
            assertThat(event(record).reportId()).hasToString(reportId);
        }
        assertThat(reports.recordsContaining(workOrder)).hasSize(2);
    }

    @Test
    void workOrderOnceOverTheWebhookAndOnceOnTheTopicIsOneReportId() throws Exception {
        String workOrder = newWorkOrder();
        String reportId = hotlineReportId(workOrder);

        HttpResponse<?> webhook = Exchange.send(client,
                HotlineSigner.signedRequest(sample(workOrder), Tokens.forRole(Roles.HOTLINE)));
        platform.publish(workOrder, sample(workOrder));

        assertThat(webhook.code()).isEqualTo(202);
        assertThat(Exchange.body(webhook)).contains("\"reportId\":\"" + reportId + "\"");
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(reports.recordsContaining(workOrder)).hasSize(2));
        for (ConsumerRecord<String, String> record : reports.recordsContaining(workOrder)) {
            assertThat(record.key()).isEqualTo(reportId);
            assertThat(event(record).reportId()).hasToString(reportId);
        }
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithReasonAndOriginAndTheNextMessageIsProcessed() {
        String notJson = newWorkOrder();
        String invalid = newWorkOrder();
        String good = newWorkOrder();

        platform.publish(notJson, "工单 " + notJson + " 来电人王小明 13912341234 {not json");
        platform.publish(invalid, """
                {"workOrderNo":"%s","callerName":"王小明","content":"<p>&nbsp;</p>"}""".formatted(invalid));
        platform.publish(good, sample(good));

        await().atMost(ARRIVAL).untilAsserted(() -> {
            assertThat(deadLetters.recordsWithKey(notJson)).singleElement().satisfies(record -> {
                assertThat(header(record, Topics.DEAD_LETTER_REASON_HEADER)).startsWith("unreadable");
                assertOrigin(record);
                assertThat(record.value()).contains("{not json");
            });
            assertThat(deadLetters.recordsWithKey(invalid)).singleElement().satisfies(record -> {
                assertThat(header(record, Topics.DEAD_LETTER_REASON_HEADER))
                        .startsWith("invalid:").contains("receivedAt missing")
                        .doesNotContain("王小明");
                assertOrigin(record);
            });
            assertThat(reports.recordsWithKey(hotlineReportId(good))).hasSize(1);
        });
        await().during(SILENCE).atMost(SILENCE.multipliedBy(5)).untilAsserted(() -> {
            assertThat(reports.recordsContaining(notJson)).isEmpty();
            assertThat(reports.recordsContaining(invalid)).isEmpty();
        });
    }

    private static void assertOrigin(ConsumerRecord<String, String> record) {
        assertThat(header(record, Topics.DEAD_LETTER_ORIGINAL_TOPIC_HEADER)).isEqualTo(Topics.HOTLINE_MESSAGES_RAW);
        assertThat(Integer.parseInt(header(record, Topics.DEAD_LETTER_ORIGINAL_PARTITION_HEADER))).isBetween(0, 2);
        assertThat(Long.parseLong(header(record, Topics.DEAD_LETTER_ORIGINAL_OFFSET_HEADER))).isNotNegative();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private ReportSubmitted event(ConsumerRecord<String, String> record) throws IOException {
        return objectMapper.readValue(record.value(), ReportSubmitted.class);
    }

    private static String sample(String workOrder) {
        return HotlineSigner.sampleMessage().replace("2026112600123", workOrder);
    }

    private static String hotlineReportId(String workOrder) {
        return UUID.nameUUIDFromBytes(("HOTLINE:" + workOrder).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String newWorkOrder() {
        return "IT" + System.currentTimeMillis() + ThreadLocalRandom.current().nextInt(1000, 9999);
    }
}
