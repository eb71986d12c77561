package io.responseledger.intake.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a token signed with a trusted key, from the right issuer, for the right audience and unexpired counts. */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
class TokenValidationTest {

    private static final String REPORT = """
            {"title": "标题", "body": "正文", "source": "WEIBO", "observedAt": "2026-11-26T09:10:00+08:00"}""";

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

    static Stream<Arguments> untrustedAuthorizations() {
        String monitor = Roles.MONITOR;
        return Stream.of(
                Arguments.of("no Authorization header", null, "缺少有效的访问令牌"),
                Arguments.of("Basic instead of Bearer", "Basic bW9uaXRvcjpzZWNyZXQ=", "Bearer"),
                Arguments.of("not a JWT", "Bearer not-a-token", "格式错误"),
                Arguments.of("expired", Tokens.bearer(Tokens.expired(monitor)), "已过期"),
                Arguments.of("signed with another key", Tokens.bearer(Tokens.signedWithAnotherKey(monitor)), "不受信任"),
                Arguments.of("wrong issuer", Tokens.bearer(Tokens.withIssuer(monitor, "https://evil.example")), "不受信任"),
                Arguments.of("wrong audience", Tokens.bearer(Tokens.withAudience(monitor, "another-system")), "不受信任"),
                Arguments.of("without expiry", Tokens.bearer(Tokens.withoutExpiry(monitor)), "缺少有效期"),
                Arguments.of("unsigned (alg none)", Tokens.bearer(Tokens.unsigned(monitor)), "未签名"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("untrustedAuthorizations")
    void untrustedTokenIsRefusedWith401SayingWhyAndNothingIsPublished(String label, String authorization,
                                                                       String reason) {
        var request = HttpRequest.POST("/api/v1/reports", REPORT).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }

        HttpResponse<?> response = Exchange.send(client, request);

        assertThat(response.code()).isEqualTo(401);
        assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        ProblemBody problem = ProblemBody.of(response, objectMapper);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.title()).isEqualTo("未认证");
        assertThat(problem.detail()).contains(reason);
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void validTokenOfTheRightRoleIsAccepted() {
        HttpResponse<?> response = Exchange.send(client, HttpRequest.POST("/api/v1/reports", REPORT)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(Tokens.forRole(Roles.MONITOR)));

        assertThat(response.code()).isEqualTo(202);
        assertThat(publisher.acknowledged()).hasSize(1);
    }
}
