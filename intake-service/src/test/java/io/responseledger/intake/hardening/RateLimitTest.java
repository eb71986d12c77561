package io.responseledger.intake.hardening;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A client over its limit gets 429 with Retry-After; other clients and health are not affected. */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
@Property(name = "ledger.rate-limit.burst", value = "3")
@Property(name = "ledger.rate-limit.requests-per-minute", value = "1")
@Property(name = "kafka.health.enabled", value = "false")
class RateLimitTest {

    private static final String REPORT = """
            {"title": "标题", "body": "正文", "source": "WEIBO", "observedAt": "2026-11-26T09:10:00+08:00"}""";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    RecordingReportPublisher publisher;

    @Test
    void clientOverItsLimitGets429WithRetryAfterWhileOthersGoOn() {
        String busy = Tokens.forSubject("busy-monitor", Roles.MONITOR);
        for (int i = 0; i < 3; i++) {
            assertThat(post(busy).code()).as("request %d within the burst", i + 1).isEqualTo(202);
        }

        HttpResponse<?> limited = post(busy);

        assertThat(limited.code()).isEqualTo(429);
        // One request a minute: the next token comes within 60 seconds.
        assertThat(Long.parseLong(limited.getHeaders().get(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
        ProblemBody problem = ProblemBody.of(limited, objectMapper);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.title()).isEqualTo("请求过于频繁");
        assertThat(problem.detail()).contains(limited.getHeaders().get(HttpHeaders.RETRY_AFTER) + " 秒后");
        SecurityHeadersTest.assertSecurityHeaders(limited, 429);
        assertThat(publisher.acknowledged()).hasSize(3);

        assertThat(post(Tokens.forSubject("quiet-monitor", Roles.MONITOR)).code()).isEqualTo(202);
    }

    @Test
    void healthIsNotLimited() {
        for (int i = 0; i < 10; i++) {
            assertThat(Exchange.send(client, HttpRequest.GET("/health")).code()).isEqualTo(200);
        }
    }

    private HttpResponse<?> post(String token) {
        return Exchange.send(client, HttpRequest.POST("/api/v1/reports", REPORT)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }
}
