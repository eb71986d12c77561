package io.responseledger.intake.hotline;

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
import io.responseledger.intake.testsupport.HotlineSigner;
import io.responseledger.intake.testsupport.Tokens;
import io.responseledger.intake.testsupport.TopicProbe;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.responseledger.intake.testsupport.HotlineSigner.request;
import static io.responseledger.intake.testsupport.HotlineSigner.signature;
import static io.responseledger.intake.testsupport.HotlineSigner.testSecret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The signed hotline webhook through the real broker, checked on opinion.reports.v1. */
@MicronautTest
class HotlineWebhookIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final Duration SILENCE = Duration.ofSeconds(2);
    private static final String HOTLINE = Tokens.forRole(Roles.HOTLINE);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper objectMapper;

    @Value("${kafka.bootstrap.servers}")
    String bootstrapServers;

    TopicProbe topic;

    @BeforeEach
    void openProbe() {
        topic = new TopicProbe(bootstrapServers, Topics.OPINION_REPORTS);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    void signedMessageIsAcceptedAndOnTheTopicMaskedWithoutLoggingTheCaller() throws Exception {
        String workOrder = newWorkOrder();
        HttpResponse<?> response;
        String log;
        try (CapturedOutput output = CapturedOutput.start()) {
            response = Exchange.send(client, HotlineSigner.signedRequest(message(workOrder), HOTLINE));
            log = output.text();
        }

        assertThat(response.code()).isEqualTo(202);
        String reportId = UUID.nameUUIDFromBytes(("HOTLINE:" + workOrder).getBytes(StandardCharsets.UTF_8)).toString();
        assertThat(Exchange.body(response)).contains("\"reportId\":\"" + reportId + "\"");
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsWithKey(reportId)).singleElement()
                .satisfies(record -> {
                    ReportSubmitted event = objectMapper.readValue(record.value(), ReportSubmitted.class);
                    assertThat(event.source()).isEqualTo(ReportSource.HOTLINE);
                    assertThat(event.externalId()).isEqualTo(workOrder);
                    assertThat(event.title()).isEqualTo("12345工单" + workOrder + " 劳动保障/欠薪");
                    assertThat(event.body()).contains("王**", "430102********3214").doesNotContain("王小明", "430102198506123214");
                    assertThat(event.personalData().name()).isEqualTo("王小明");
                    assertThat(event.personalData().phones()).containsExactly("13912341234", "0731-84561234");
                    assertThat(event.personalData().idNumbers()).containsExactly("430102198506123214");
                    assertThat(event.hotline().workOrderNumber()).isEqualTo(workOrder);
                    assertThat(event.hotline().category()).isEqualTo("劳动保障/欠薪");
                    assertThat(event.hotline().receivedAt()).isEqualTo(Instant.parse("2026-11-26T01:40:00Z"));
                    assertThat(event.hotline().handlingDueAt()).isEqualTo(Instant.parse("2026-11-29T01:40:00Z"));
                }));
        assertThat(log).contains(reportId).doesNotContain("13912341234", "430102198506123214", "84561234", "王小明");
    }

    @Test
    void wrongSignatureIsRefusedWith401AndNothingReachesTheTopic() {
        String workOrder = newWorkOrder();
        byte[] body = message(workOrder).getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        HttpResponse<?> response = Exchange.send(client,
                request(body, HOTLINE, now, signature("not-the-hotline-secret-0123456789", now, body)));

        assertThat(response.code()).isEqualTo(401);
        assertNothingOnTheTopicFor(workOrder);
    }

    @Test
    void staleTimestampIsRefusedWith401AndNothingReachesTheTopic() {
        String workOrder = newWorkOrder();
        byte[] body = message(workOrder).getBytes(StandardCharsets.UTF_8);
        long sixMinutesAgo = Instant.now().getEpochSecond() - 360;

        HttpResponse<?> response = Exchange.send(client,
                request(body, HOTLINE, sixMinutesAgo, signature(testSecret(), sixMinutesAgo, body)));

        assertThat(response.code()).isEqualTo(401);
        assertNothingOnTheTopicFor(workOrder);
    }

    @Test
    void replayIsRefusedWith401AndProducesNothingMore() {
        String workOrder = newWorkOrder();
        byte[] body = message(workOrder).getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        String signature = signature(testSecret(), now, body);
        HttpResponse<?> first = Exchange.send(client, request(body, HOTLINE, now, signature));
        assertThat(first.code()).isEqualTo(202);
        String reportId = UUID.nameUUIDFromBytes(("HOTLINE:" + workOrder).getBytes(StandardCharsets.UTF_8)).toString();
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsWithKey(reportId)).hasSize(1));

        HttpResponse<?> replay = Exchange.send(client, request(body, HOTLINE, now, signature));

        assertThat(replay.code()).isEqualTo(401);
        await().during(SILENCE).atMost(SILENCE.multipliedBy(5))
                .untilAsserted(() -> assertThat(topic.recordsWithKey(reportId)).hasSize(1));
    }

    @Test
    void monitorTokenWithAValidSignatureIsForbiddenAndNothingReachesTheTopic() {
        String workOrder = newWorkOrder();

        HttpResponse<?> response = Exchange.send(client,
                HotlineSigner.signedRequest(message(workOrder), Tokens.forRole(Roles.MONITOR)));

        assertThat(response.code()).isEqualTo(403);
        assertNothingOnTheTopicFor(workOrder);
    }

    /** Silence for a while, then proof that the probe does see what the webhook publishes. */
    private void assertNothingOnTheTopicFor(String workOrder) {
        await().during(SILENCE).atMost(SILENCE.multipliedBy(5))
                .untilAsserted(() -> assertThat(topic.recordsContaining(workOrder)).isEmpty());
        String sentinel = newWorkOrder();
        assertThat(Exchange.send(client, HotlineSigner.signedRequest(message(sentinel), HOTLINE)).code()).isEqualTo(202);
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsContaining(sentinel)).hasSize(1));
        assertThat(topic.recordsContaining(workOrder)).isEmpty();
    }

    private static String newWorkOrder() {
        return "IT" + System.currentTimeMillis() + ThreadLocalRandom.current().nextInt(1000, 9999);
    }

    private static String message(String workOrder) {
        return HotlineSigner.sampleMessage().replace("2026112600123", workOrder);
    }
}
