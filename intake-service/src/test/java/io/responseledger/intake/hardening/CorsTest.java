package io.responseledger.intake.hardening;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsers may call intake only from the origins listed in LEDGER_CORS_ORIGINS; by default from none. */
class CorsTest {

    private static final String LISTED = "https://ledger.example.gov.cn";
    private static final String OTHER = "https://evil.example.com";

    @Test
    void preflightFromAListedOriginIsAllowed() {
        try (Server server = new Server(LISTED + ",https://second.example.gov.cn")) {
            HttpResponse<?> response = server.preflight(LISTED);

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.getHeaders().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo(LISTED);
            assertThat(response.getHeaders().get(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).isEqualTo("POST");
            SecurityHeadersTest.assertSecurityHeaders(response, 200);
            assertThat(server.preflight("https://second.example.gov.cn").code()).isEqualTo(200);
        }
    }

    @Test
    void requestFromAListedOriginGetsTheAllowOriginHeader() {
        try (Server server = new Server(LISTED)) {
            HttpResponse<?> response = Exchange.send(server.client, HttpRequest.POST("/api/v1/reports", """
                            {"title": "标题", "body": "正文", "source": "WEIBO", "observedAt": "2026-11-26T09:10:00+08:00"}""")
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .bearerAuth(Tokens.forRole(Roles.MONITOR))
                    .header(HttpHeaders.ORIGIN, LISTED));

            assertThat(response.code()).isEqualTo(202);
            assertThat(response.getHeaders().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo(LISTED);
        }
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        try (Server server = new Server(LISTED)) {
            assertRefused(server.preflight(OTHER));
        }
    }

    @Test
    void withoutConfiguredOriginsEveryPreflightIsRefused() {
        try (Server server = new Server(null)) {
            assertRefused(server.preflight(LISTED));
            assertRefused(server.preflight(OTHER));
        }
    }

    private static void assertRefused(HttpResponse<?> response) {
        assertThat(response.code()).isNotEqualTo(200);
        assertThat(response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isFalse();
    }

    /** intake with the given LEDGER_CORS_ORIGINS, or none. */
    private static final class Server implements AutoCloseable {

        final EmbeddedServer server;
        final HttpClient client;

        Server(String origins) {
            Map<String, Object> properties = new HashMap<>(Map.of("micronaut.server.port", -1, "kafka.health.enabled", false));
            if (origins != null) {
                properties.put("LEDGER_CORS_ORIGINS", origins);
            }
            server = ApplicationContext.run(EmbeddedServer.class, properties, RecordingReportPublisher.ENVIRONMENT);
            client = HttpClient.create(server.getURL());
        }

        HttpResponse<?> preflight(String origin) {
            return Exchange.send(client, HttpRequest.create(HttpMethod.OPTIONS, "/api/v1/reports")
                    .header(HttpHeaders.ORIGIN, origin)
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type"));
        }

        @Override
        public void close() {
            client.close();
            server.close();
        }
    }
}
