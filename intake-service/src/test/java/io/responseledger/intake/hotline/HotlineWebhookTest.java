package io.responseledger.intake.hotline;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.contracts.PersonalData;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.HotlineSigner;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.responseledger.intake.testsupport.HotlineSigner.request;
import static io.responseledger.intake.testsupport.HotlineSigner.sampleMessage;
import static io.responseledger.intake.testsupport.HotlineSigner.signature;
import static io.responseledger.intake.testsupport.HotlineSigner.testSecret;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/hotline/messages with Kafka replaced by {@link RecordingReportPublisher}. */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
class HotlineWebhookTest {

    private static final String HOTLINE = Tokens.forRole(Roles.HOTLINE);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    RecordingReportPublisher publisher;

    @BeforeEach
    void resetPublisher() {
        publisher.reset();
    }

    @Test
    void signedMessageBecomesAMaskedHotlineReportWithThePersonalDataApart() {
        HttpResponse<?> response = Exchange.send(client, HotlineSigner.signedRequest(sampleMessage(), HOTLINE));

        assertThat(response.code()).isEqualTo(202);
        String reportId = UUID.nameUUIDFromBytes("HOTLINE:2026112600123".getBytes(StandardCharsets.UTF_8)).toString();
        assertThat(Exchange.body(response)).isEqualTo("{\"reportId\":\"" + reportId + "\",\"topicArea\":\"wage-arrears\"}");
        assertThat(publisher.acknowledged()).singleElement().satisfies(event -> {
            assertThat(event.reportId()).hasToString(reportId);
            assertThat(event.source()).isEqualTo(ReportSource.HOTLINE);
            assertThat(event.externalId()).isEqualTo("2026112600123");
            assertThat(event.title()).isEqualTo("12345工单2026112600123 劳动保障/欠薪");
            assertThat(event.body()).isEqualTo("来电人王**反映，其在XX区安置房项目从事木工，今年9月至今工资未结清，"
                    + "多次找项目部协商无果。来电人身份证号430102********3214，备用电话0731-****1234，"
                    + "请求有关部门督促施工单位尽快支付。");
            assertThat(event.topicArea()).isEqualTo("wage-arrears");
            assertThat(event.observedAt()).isEqualTo(Instant.parse("2026-11-26T01:40:00Z"));
            assertThat(event.url()).isNull();
            assertThat(event.personalData()).isEqualTo(new PersonalData("王小明",
                    List.of("13912341234", "0731-84561234"), List.of("430102198506123214"),
                    List.of()));
        });
    }

    @Test
    void workOrderSentAgainWithAnotherSignatureIsTheSameReport() {
        HttpResponse<?> first = Exchange.send(client, HotlineSigner.signedRequest(sampleMessage(), HOTLINE));
        HttpResponse<?> second = Exchange.send(client, HotlineSigner.signedRequest(sampleMessage(), HOTLINE));

        assertThat(first.code()).isEqualTo(202);
        assertThat(second.code()).isEqualTo(202);
        assertThat(Exchange.body(second)).isEqualTo(Exchange.body(first));
        // Both are published under one id; case-service keeps the first and ignores the second.
        assertThat(publisher.acknowledged()).extracting(ReportSubmitted::reportId).hasSize(2)
                .containsOnly(publisher.acknowledged().get(0).reportId());
    }

    static Stream<Arguments> badSignatures() {
        Function<byte[], Object[]> wrongSecret = body -> {
            long now = Instant.now().getEpochSecond();
            return new Object[]{now, signature("not-the-hotline-secret-0123456789", now, body), body};
        };
        Function<byte[], Object[]> tamperedBody = body -> {
            long now = Instant.now().getEpochSecond();
            String signature = signature(testSecret(), now, body);
            return new Object[]{now, signature, new String(body, StandardCharsets.UTF_8)
                    .replace("2026112600123", "2026112600124").getBytes(StandardCharsets.UTF_8)};
        };
        Function<byte[], Object[]> staleTimestamp = body -> {
            long tenMinutesAgo = Instant.now().getEpochSecond() - 600;
            return new Object[]{tenMinutesAgo, signature(testSecret(), tenMinutesAgo, body), body};
        };
        Function<byte[], Object[]> futureTimestamp = body -> {
            long inTenMinutes = Instant.now().getEpochSecond() + 600;
            return new Object[]{inTenMinutes, signature(testSecret(), inTenMinutes, body), body};
        };
        return Stream.of(
                Arguments.of("signed with another secret", wrongSecret, "签名与请求体不符"),
                Arguments.of("body changed after signing", tamperedBody, "签名与请求体不符"),
                Arguments.of("timestamp ten minutes old", staleTimestamp, "相差超过 300 秒"),
                Arguments.of("timestamp ten minutes ahead", futureTimestamp, "相差超过 300 秒"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignatures")
    void badlySignedMessageIsRefusedWith401AndNothingIsPublished(String label, Function<byte[], Object[]> sign,
                                                                  String detail) {
        Object[] signed = sign.apply(sampleMessage().getBytes(StandardCharsets.UTF_8));

        HttpResponse<?> response = Exchange.send(client, request((byte[]) signed[2], HOTLINE, (long) signed[0], (String) signed[1]));

        assertRefusedSignature(response, detail);
    }

    @Test
    void replayedMessageIsRefusedWith401AndPublishedOnlyOnce() {
        var signed = HotlineSigner.signedRequest(sampleMessage(), HOTLINE);
        assertThat(Exchange.send(client, signed).code()).isEqualTo(202);

        HttpResponse<?> replay = Exchange.send(client, request(signed.getBody().orElseThrow(), HOTLINE,
                Long.parseLong(signed.getHeaders().get("X-Hotline-Timestamp")),
                signed.getHeaders().get("X-Hotline-Signature")));

        assertThat(replay.code()).isEqualTo(401);
        assertThat(ProblemBody.of(replay, objectMapper).detail()).contains("重放");
        assertThat(publisher.acknowledged()).hasSize(1);
    }

    @Test
    void messageWithoutSignatureHeadersIsRefused() {
        var unsigned = HttpRequest.POST(HotlineSigner.PATH, sampleMessage())
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(HOTLINE);

        assertRefusedSignature(Exchange.send(client, unsigned), "X-Hotline-Signature");
    }

    @Test
    void invalidMessageNamesEveryFaultyFieldAndIsNotPublished() {
        String message = """
                {"workOrderNo": "20261126 0012?", "callerName": "王小明", "content": " ", "timeLimitHours": -1}""";

        HttpResponse<?> response = Exchange.send(client, HotlineSigner.signedRequest(message, HOTLINE));

        assertThat(response.code()).isEqualTo(400);
        ProblemBody problem = ProblemBody.of(response, objectMapper);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.violatedFields()).containsExactly("content", "receivedAt", "timeLimitHours", "workOrderNo");
        assertThat(problem.messageFor("receivedAt")).isEqualTo("必填");
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void valueOfTheWrongTypeIsNamed() {
        String message = sampleMessage().replace("\"2026-11-26T09:40:00+08:00\"", "\"昨天上午\"");

        HttpResponse<?> response = Exchange.send(client, HotlineSigner.signedRequest(message, HOTLINE));

        assertThat(response.code()).isEqualTo(400);
        ProblemBody problem = ProblemBody.of(response, objectMapper);
        assertThat(problem.violatedFields()).containsExactly("receivedAt");
        assertThat(problem.messageFor("receivedAt")).contains("ISO-8601");
    }

    @Test
    void signedBodyThatIsNotJsonIsRefusedSayingWhere() {
        HttpResponse<?> response = Exchange.send(client, HotlineSigner.signedRequest("{\"workOrderNo\": ", HOTLINE));

        assertThat(response.code()).isEqualTo(400);
        ProblemBody problem = ProblemBody.of(response, objectMapper);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.title()).isEqualTo("请求体不是合法的 JSON");
    }

    @Test
    void signedBodyThatIsNotAnObjectIsRefused() {
        HttpResponse<?> response = Exchange.send(client, HotlineSigner.signedRequest("[1, 2]", HOTLINE));

        assertThat(response.code()).isEqualTo(400);
        assertThat(ProblemBody.of(response, objectMapper).contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void messageKafkaDidNotTakeMayBeSentAgainWithTheSameSignature() {
        var signed = HotlineSigner.signedRequest(sampleMessage(), HOTLINE);
        publisher.behave(RecordingReportPublisher.Behaviour.FAIL);

        HttpResponse<?> refused = Exchange.send(client, signed);
        publisher.behave(RecordingReportPublisher.Behaviour.ACKNOWLEDGE);
        HttpResponse<?> retried = Exchange.send(client, request(signed.getBody().orElseThrow(), HOTLINE,
                Long.parseLong(signed.getHeaders().get("X-Hotline-Timestamp")),
                signed.getHeaders().get("X-Hotline-Signature")));

        assertThat(refused.code()).isEqualTo(503);
        assertThat(refused.getHeaders().get(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(retried.code()).isEqualTo(202);
        assertThat(publisher.acknowledged()).hasSize(1);
    }

    private void assertRefusedSignature(HttpResponse<?> response, String detail) {
        assertThat(response.code()).isEqualTo(401);
        assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Hotline-HMAC-SHA256");
        ProblemBody problem = ProblemBody.of(response, objectMapper);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.title()).isEqualTo("热线消息签名无效");
        assertThat(problem.detail()).contains(detail);
        assertThat(publisher.acknowledged()).isEmpty();
    }

}
