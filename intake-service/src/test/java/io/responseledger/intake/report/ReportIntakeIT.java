package io.responseledger.intake.report;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import jakarta.inject.Inject;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import io.responseledger.intake.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.responseledger.intake.report.ReportJson.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** POST /api/v1/reports through the real local broker, checked on opinion.reports.v1. */
@MicronautTest
class ReportIntakeIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

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
    void acceptedReportIsOnTheTopicKeyedByItsIdWithTheEventAsJson() {
        String marker = marker();
        Map<String, Object> report = valid();
        report.put("title", marker + " 拖欠农民工工资");
        report.put("topicArea", "wage-arrears");
        report.put("url", "https://weibo.example/post/1");

        HttpResponse<Map<String, Object>> response = post(json(report));

        assertThat(response.code()).isEqualTo(202);
        String reportId = (String) response.body().get("reportId");
        assertThat(response.body()).containsEntry("topicArea", "wage-arrears");
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsWithKey(reportId)).singleElement()
                .satisfies(record -> {
                    ReportSubmitted event = event(record);
                    assertThat(event.reportId()).hasToString(reportId);
                    assertThat(event.title()).isEqualTo(marker + " 拖欠农民工工资");
                    assertThat(event.body()).isEqualTo("工人堵门讨薪，已三个月未发工资");
                    assertThat(event.source()).isEqualTo(ReportSource.WEIBO);
                    assertThat(event.topicArea()).isEqualTo("wage-arrears");
                    assertThat(event.url()).isEqualTo("https://weibo.example/post/1");
                    assertThat(event.observedAt()).isEqualTo(Instant.parse("2026-11-26T01:10:00Z"));
                    assertThat(event.submittedAt()).isNotNull();
                    assertThat(record.value()).contains("\"reportId\":\"" + reportId + "\"");
                }));
    }

    @Test
    void pastedReportArrivesNormalisedMaskedAndRoutedWithItsChannelFields() throws IOException {
        String marker = marker();
        Map<String, Object> report = valid();
        report.put("title", "<b>" + marker + "</b>\u3000ＸＸ区\t安置房\n拖欠工资");
        report.put("body", "<p>工人堵门讨薪，已三个月未发工资。</p><p>包工头电话：１３９－１２３４－５６７８，"
                + "身份证号110105199001011232；订单号110105199001011234不是身份证。</p>\n\n\n\n<p>求扩散！</p>");
        report.put("source", "weibo");
        report.put("region", "长沙市\u00a0岳麓区");
        report.put("authorHandle", "城南小李");
        report.put("engagement", Map.of("reposts", 12, "likes", 30));
        report.put("severity", "重大");

        HttpResponse<Map<String, Object>> response = post(json(report));

        assertThat(response.code()).isEqualTo(202);
        String reportId = (String) response.body().get("reportId");
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsWithKey(reportId)).hasSize(1));
        ReportSubmitted event = event(topic.recordsWithKey(reportId).get(0));
        assertThat(event.title()).isEqualTo(marker + " XX区 安置房 拖欠工资");
        assertThat(event.body()).isEqualTo("工人堵门讨薪，已三个月未发工资。\n包工头电话：139****5678，"
                + "身份证号110105********1232；订单号110105199001011234不是身份证。\n\n求扩散！");
        assertThat(event.personalData().phones()).containsExactly("13912345678");
        assertThat(event.personalData().idNumbers()).containsExactly("110105199001011232");
        assertThat(event.region()).isEqualTo("长沙市 岳麓区");
        assertThat(event.authorHandle()).isEqualTo("城南小李");
        assertThat(event.engagement().reposts()).isEqualTo(12);
        assertThat(event.engagement().comments()).isZero();
        assertThat(event.severity()).isEqualTo(io.responseledger.contracts.Severity.MAJOR);
        assertThat(event.topicArea()).isEqualTo("other");
        assertThat(event.topicSuggestion()).isNotNull();
        assertThat(event.hotline()).isNull();
    }

    @Test
    void reportSentTwiceUnderOneIdempotencyKeyIsOneReportId() {
        String key = "key-" + UUID.randomUUID();
        Map<String, Object> report = valid();
        report.put("title", marker() + " 幂等键");

        String first = (String) postWithKey(json(report), key).body().get("reportId");
        String second = (String) postWithKey(json(report), key).body().get("reportId");

        assertThat(second).isEqualTo(first);
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsWithKey(first)).hasSize(2)
                .allSatisfy(record -> assertThat(event(record).reportId()).hasToString(first)));
    }

    @Test
    void reportSentTwiceAnswersTheSameIdBothTimes() {
        Map<String, Object> report = valid();
        report.put("externalId", "weibo-" + UUID.randomUUID());
        report.put("title", marker() + " 重复上报");

        String first = (String) post(json(report)).body().get("reportId");
        String second = (String) post(json(report)).body().get("reportId");

        assertThat(first).isEqualTo(second);
        // Both sends are on the topic under one key; the case service keeps the first and ignores the second.
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsWithKey(first)).hasSize(2)
                .allSatisfy(record -> assertThat(event(record).reportId()).hasToString(first)));
    }

    /** Each case builds its body around a marker: a report map to serialise, or raw text sent as is. */
    static Stream<Arguments> badInput() {
        Function<String, Object> missingTitle = marker -> {
            Map<String, Object> report = valid();
            report.remove("title");
            report.put("body", marker + " 缺少标题");
            return report;
        };
        Function<String, Object> sourceAsNumber = marker -> {
            Map<String, Object> report = valid();
            report.put("title", marker);
            report.put("source", 5);
            return report;
        };
        Function<String, Object> malformed = marker -> "{\"title\": \"" + marker + "\", \"body\": ";
        Function<String, Object> oversized = marker -> {
            Map<String, Object> report = valid();
            report.put("title", marker);
            report.put("body", "很长的正文".repeat(250_000));
            return report;
        };
        return Stream.of(
                Arguments.of("missing field", missingTitle, 400, "title"),
                Arguments.of("wrong type", sourceAsNumber, 400, "source"),
                Arguments.of("malformed JSON", malformed, 400, "JSON"),
                Arguments.of("oversized body", oversized, 413, "1048576"));
    }

    @ParameterizedTest(name = "{0} is rejected with a problem naming {3} and never reaches the topic")
    @MethodSource("badInput")
    void badInputIsRejectedWithAProblemBodyAndNothingReachesTheTopic(
            String label, Function<String, Object> bodyAround, int status, String named) {
        String marker = marker();
        Object body = bodyAround.apply(marker);
        @SuppressWarnings("unchecked")
        String text = body instanceof String raw ? raw : json((Map<String, Object>) body);

        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> post(text));

        assertThat(e).as("an error answer").isNotNull();
        assertThat(e.getResponse().code()).isEqualTo(status);
        ProblemBody problem = ProblemBody.of(e.getResponse(), objectMapper);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.violatedFields().contains(named)
                || String.valueOf(problem.title()).contains(named)
                || String.valueOf(problem.detail()).contains(named))
                .as("problem %s names %s", problem.json(), named).isTrue();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(topic.recordsContaining(marker)).isEmpty());
        // The probe does see what intake publishes, so the silence above means something.
        String sentinel = marker();
        Map<String, Object> report = valid();
        report.put("title", sentinel);
        assertThat(post(json(report)).code()).isEqualTo(202);
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsContaining(sentinel)).hasSize(1));
        assertThat(topic.recordsContaining(marker)).isEmpty();
    }

    @Test
    void healthIsUpWithoutAuthenticationWhileKafkaIsReachable() {
        HttpResponse<Map<String, Object>> health = client.toBlocking()
                .exchange(HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));

        assertThat(health.code()).isEqualTo(200);
        assertThat(health.body()).containsEntry("status", "UP");
    }

    private static String marker() {
        return "IT-" + UUID.randomUUID();
    }

    private String json(Map<String, Object> report) {
        return ReportJson.write(objectMapper, report);
    }

    private HttpResponse<Map<String, Object>> post(String body) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/v1/reports", body)
                .bearerAuth(Tokens.forRole(Roles.MONITOR))
                .contentType(MediaType.APPLICATION_JSON), Argument.mapOf(String.class, Object.class));
    }

    private HttpResponse<Map<String, Object>> postWithKey(String body, String idempotencyKey) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/v1/reports", body)
                .bearerAuth(Tokens.forRole(Roles.MONITOR))
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON), Argument.mapOf(String.class, Object.class));
    }

    private ReportSubmitted event(ConsumerRecord<String, String> record) throws IOException {
        return objectMapper.readValue(record.value(), ReportSubmitted.class);
    }
}
