package io.responseledger.intake.hardening;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer carries the security headers, whoever produced it: a controller, security, an error handler. */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
@Property(name = "kafka.health.enabled", value = "false")
class SecurityHeadersTest {

    static final Map<String, String> EXPECTED = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store");

    private static final String REPORT = """
            {"title": "标题", "body": "正文", "source": "WEIBO", "observedAt": "2026-11-26T09:10:00+08:00"}""";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    RecordingReportPublisher publisher;

    @BeforeEach
    void resetPublisher() {
        publisher.reset();
    }

    @Test
    void acceptedReport() {
        assertSecurityHeaders(post(REPORT, Tokens.forRole(Roles.MONITOR)), 202);
    }

    @Test
    void health() {
        assertSecurityHeaders(Exchange.send(client, HttpRequest.GET("/health")), 200);
    }

    @Test
    void missingToken() {
        assertSecurityHeaders(post(REPORT, null), 401);
    }

    @Test
    void wrongRole() {
        assertSecurityHeaders(post(REPORT, Tokens.forRole("LEADER")), 403);
    }

    @Test
    void invalidReport() {
        assertSecurityHeaders(post("{\"title\": \"\"}", Tokens.forRole(Roles.MONITOR)), 400);
    }

    @Test
    void unknownPath() {
        assertSecurityHeaders(Exchange.send(client, HttpRequest.GET("/nothing").bearerAuth(Tokens.forRole(Roles.MONITOR))), 404);
    }

    @Test
    void oversizedBody() {
        assertSecurityHeaders(post("{\"body\": \"" + "x".repeat(1_100_000) + "\"}", Tokens.forRole(Roles.MONITOR)), 413);
    }

    @Test
    void kafkaUnavailable() {
        publisher.behave(RecordingReportPublisher.Behaviour.FAIL);

        assertSecurityHeaders(post(REPORT, Tokens.forRole(Roles.MONITOR)), 503);
    }

    static void assertSecurityHeaders(HttpResponse<?> response, int expectedStatus) {
        assertThat(response.code()).isEqualTo(expectedStatus);
        EXPECTED.forEach((name, value) -> assertThat(response.getHeaders().getAll(name)).as(name).containsExactly(value));
    }

    private HttpResponse<?> post(String body, String token) {
        var request = HttpRequest.POST("/api/v1/reports", body).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (token != null) {
            request.bearerAuth(token);
        }
        return Exchange.send(client, request);
    }
}
