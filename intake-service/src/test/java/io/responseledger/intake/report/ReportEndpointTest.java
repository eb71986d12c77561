package io.responseledger.intake.report;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;
import jakarta.inject.Inject;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.responseledger.intake.report.ReportJson.valid;
import static io.responseledger.intake.report.ReportJson.validWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** The HTTP contract of POST /api/v1/reports, with Kafka replaced by {@link RecordingReportPublisher}. */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
@Property(name = "ledger.intake.publish-timeout", value = "1s")
@Property(name = "ledger.intake.retry-after", value = "7s")
class ReportEndpointTest {

    private static final String MONITOR_TOKEN = Tokens.forRole(Roles.MONITOR);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    RecordingReportPublisher publisher;

    @Inject
    ObjectMapper objectMapper;

    @BeforeEach
    void resetPublisher() {
        publisher.reset();
    }

    @Test
    void validReportIsAcknowledgedAndPublishedWithTheDefaultTopicArea() {
        HttpResponse<Map<String, Object>> response = post(valid());

        assertThat(response.code()).isEqualTo(202);
        assertThat(response.body()).containsEntry("topicArea", "other").containsKey("reportId");
        assertThat(publisher.acknowledged()).singleElement().satisfies(event -> {
            assertThat(event.reportId()).hasToString((String) response.body().get("reportId"));
            assertThat(event.title()).isEqualTo("XX区安置房项目拖欠农民工工资");
            assertThat(event.source()).isEqualTo(ReportSource.WEIBO);
            assertThat(event.topicArea()).isEqualTo("other");
            assertThat(event.observedAt()).isEqualTo(Instant.parse("2026-11-26T01:10:00Z"));
            assertThat(event.occurredAt()).isNull();
            assertThat(event.submittedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        });
    }

    @Test
    void personalDataInTitleAndBodyIsMaskedAndPublishedApart() {
        Map<String, Object> report = valid();
        report.put("title", "网友求助：请联系13912345678");
        report.put("body", "当事人身份证号110105199001011232，邮箱wang@example.com，电话139-1234-5678。");

        assertThat(post(report).code()).isEqualTo(202);

        ReportSubmitted event = publisher.acknowledged().get(0);
        assertThat(event.title()).isEqualTo("网友求助：请联系139****5678");
        assertThat(event.body()).isEqualTo("当事人身份证号110105********1232，邮箱w***@example.com，电话139****5678。");
        assertThat(event.personalData()).isNotNull();
        assertThat(event.personalData().name()).isNull();
        assertThat(event.personalData().phones()).containsExactly("13912345678");
        assertThat(event.personalData().idNumbers()).containsExactly("110105199001011232");
        assertThat(event.personalData().emails()).containsExactly("wang@example.com");
    }

    @Test
    void reportWithoutPersonalDataCarriesAnEmptyPersonalData() {
        post(valid());

        assertThat(publisher.acknowledged().get(0).personalData()).isNotNull()
                .satisfies(data -> assertThat(data.hasAny()).isFalse());
    }

    @Test
    void everyFieldIsTrimmedAndCarriedIntoTheEvent() {
        Map<String, Object> report = valid();
        report.put("title", "\u3000 食堂饭菜变质 ");
        report.put("body", " 视频显示某小学食堂饭菜变质\n");
        report.put("source", "SHORT_VIDEO");
        report.put("topicArea", " food-drug ");
        report.put("url", "https://example.com/v/1");
        report.put("externalId", " v-1 ");
        report.put("occurredAt", "2026-11-25T12:00:00Z");

        assertThat(post(report).body()).containsEntry("topicArea", "food-drug");

        ReportSubmitted event = publisher.acknowledged().get(0);
        assertThat(event.title()).isEqualTo("食堂饭菜变质");
        assertThat(event.body()).isEqualTo("视频显示某小学食堂饭菜变质");
        assertThat(event.source()).isEqualTo(ReportSource.SHORT_VIDEO);
        assertThat(event.topicArea()).isEqualTo("food-drug");
        assertThat(event.url()).isEqualTo("https://example.com/v/1");
        assertThat(event.externalId()).isEqualTo("v-1");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
    }

    @Test
    void reportSentTwiceWithTheSameExternalIdGetsTheSameId() {
        Map<String, Object> report = validWith("externalId", "weibo-4411");

        Object first = post(report).body().get("reportId");
        Object second = post(report).body().get("reportId");

        assertThat(first).isEqualTo(second)
                .hasToString(UUID.nameUUIDFromBytes("WEIBO:weibo-4411".getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Test
    void sameExternalIdFromAnotherSourceIsAnotherReport() {
        Map<String, Object> fromForum = validWith("externalId", "123");
        fromForum.put("source", "FORUM");

        Object weiboId = post(validWith("externalId", "123")).body().get("reportId");
        Object forumId = post(fromForum).body().get("reportId");

        assertThat(weiboId).isNotEqualTo(forumId);
    }

    @Test
    void requestRepeatedWithTheSameIdempotencyKeyGetsTheSameId() {
        var request = HttpRequest.POST("/api/v1/reports", json(valid()))
                .bearerAuth(MONITOR_TOKEN)
                .header("Idempotency-Key", "monitor-7-20261126-001");

        Object first = client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class)).body().get("reportId");
        Object second = client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class)).body().get("reportId");

        assertThat(first).isEqualTo(second);
    }

    @Test
    void reportsWithoutExternalIdOrIdempotencyKeyGetDistinctIds() {
        assertThat(post(valid()).body().get("reportId")).isNotEqualTo(post(valid()).body().get("reportId"));
    }

    @Test
    void missingFieldsAreAllNamedAndNothingIsPublished() {
        ProblemBody problem = rejected(Map.of("url", "https://example.com"), HttpStatus.BAD_REQUEST);

        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violatedFields()).containsExactly("body", "observedAt", "source", "title");
        assertThat(problem.messageFor("title")).isEqualTo("必填");
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void blankTitleCountsAsMissing() {
        ProblemBody problem = rejected(validWith("title", " \u3000\u00a0 "), HttpStatus.BAD_REQUEST);

        assertThat(problem.violatedFields()).containsExactly("title");
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "source as a number      | source     | 5                       | 可选：WEIBO",
            "unknown source          | source     | \"TWITTER\"             | 可选：WEIBO",
            "observedAt not a time   | observedAt | \"yesterday\"           | ISO-8601",
            "observedAt without zone | observedAt | \"2026-11-26T09:10:00\" | ISO-8601",
            "occurredAt not a time   | occurredAt | \"2026年11月\"          | ISO-8601",
            "title as an object      | title      | {\"text\": \"x\"}       | 字符串",
    })
    void valueOfTheWrongTypeIsNamedWithTheExpectedType(String label, String field, String jsonValue, String hint) {
        Map<String, Object> report = validWith(field, ReportJson.parse(objectMapper, jsonValue));

        ProblemBody problem = rejected(report, HttpStatus.BAD_REQUEST);

        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.violatedFields()).containsExactly(field);
        assertThat(problem.messageFor(field)).contains(hint);
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void unknownTopicAreaIsRejectedListingTheConfiguredOnes() {
        ProblemBody problem = rejected(validWith("topicArea", "sports"), HttpStatus.BAD_REQUEST);

        assertThat(problem.violatedFields()).containsExactly("topicArea");
        assertThat(problem.messageFor("topicArea")).contains("wage-arrears", "other");
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void urlThatIsNotHttpIsRejected() {
        ProblemBody problem = rejected(validWith("url", "javascript:alert(1)"), HttpStatus.BAD_REQUEST);

        assertThat(problem.violatedFields()).containsExactly("url");
    }

    @Test
    void fieldsOverTheirLengthLimitAreNamed() {
        Map<String, Object> report = valid();
        report.put("title", "题".repeat(201));
        report.put("body", "x".repeat(20_001));
        report.put("externalId", "e".repeat(201));

        ProblemBody problem = rejected(report, HttpStatus.BAD_REQUEST);

        assertThat(problem.violatedFields()).containsExactly("body", "externalId", "title");
        assertThat(problem.messageFor("title")).isEqualTo("不能超过 200 个字符（规范化后为 201 个字符）");
    }

    @Test
    void observedAtBeyondTheClockSkewIsRejectedButSlightlyAheadIsAccepted() {
        String farAhead = Instant.now().plus(Duration.ofHours(1)).toString();
        String slightlyAhead = Instant.now().plus(Duration.ofMinutes(1)).toString();

        ProblemBody problem = rejected(validWith("observedAt", farAhead), HttpStatus.BAD_REQUEST);

        assertThat(problem.violatedFields()).containsExactly("observedAt");
        assertThat(post(validWith("observedAt", slightlyAhead)).code()).isEqualTo(202);
    }

    @Test
    void overlongIdempotencyKeyIsRejected() {
        var request = HttpRequest.POST("/api/v1/reports", json(valid())).bearerAuth(MONITOR_TOKEN)
                .header("Idempotency-Key", "k".repeat(201));

        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, Map.class));

        assertThat(e.getResponse().code()).isEqualTo(400);
        assertThat(ProblemBody.of(e.getResponse(), objectMapper).violatedFields()).containsExactly("idempotencyKey");
    }

    @Test
    void malformedJsonIsRejectedSayingWhere() {
        ProblemBody problem = rejected("{\"title\": \"t\",", HttpStatus.BAD_REQUEST);

        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.title()).isEqualTo("请求体不是合法的 JSON");
        assertThat(problem.detail()).startsWith("第 1 行第 ");
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void bodyThatIsNotAnObjectIsRejected() {
        ProblemBody problem = rejected("[1, 2]", HttpStatus.BAD_REQUEST);

        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.detail()).contains("JSON 对象");
    }

    @Test
    void requestOverOneMegabyteIsRejectedWith413ProblemBody() {
        ProblemBody problem = rejected(validWith("body", "x".repeat(1_100_000)), HttpStatus.REQUEST_ENTITY_TOO_LARGE);

        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.detail()).contains("1048576");
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void kafkaFailureAnswers503WithRetryAfter() {
        publisher.behave(RecordingReportPublisher.Behaviour.FAIL);

        HttpClientResponseException e = failure(json(valid()));

        assertThat(e.getResponse().code()).isEqualTo(503);
        assertThat(e.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        ProblemBody problem = ProblemBody.of(e.getResponse(), objectMapper);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).contains("7 秒后");
    }

    @Test
    void kafkaThatNeverAnswersGets503WhenThePublishTimeoutExpires() {
        publisher.behave(RecordingReportPublisher.Behaviour.NEVER_ANSWER);
        long start = System.nanoTime();

        HttpClientResponseException e = failure(json(valid()));

        assertThat(e.getResponse().code()).isEqualTo(503);
        assertThat(e.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private String json(Map<String, Object> report) {
        return ReportJson.write(objectMapper, report);
    }

    private HttpResponse<Map<String, Object>> post(Map<String, Object> report) {
        return post(json(report));
    }

    private HttpResponse<Map<String, Object>> post(String body) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/v1/reports", body).bearerAuth(MONITOR_TOKEN)
                .contentType(MediaType.APPLICATION_JSON), Argument.mapOf(String.class, Object.class));
    }

    private HttpClientResponseException failure(String body) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> post(body));
        assertThat(e).as("an error answer").isNotNull();
        return e;
    }

    private ProblemBody rejected(Map<String, Object> report, HttpStatus expected) {
        return rejected(json(report), expected);
    }

    private ProblemBody rejected(String body, HttpStatus expected) {
        HttpClientResponseException e = failure(body);
        assertThat(e.getResponse().code()).isEqualTo(expected.getCode());
        return ProblemBody.of(e.getResponse(), objectMapper);
    }
}
