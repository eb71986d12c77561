package io.responseledger.intake.metrics;

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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus metrics for admins only, and the OpenAPI description for everyone. */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
class ObservabilityTest {

    private static final String REPORT = """
            {"title":"小区垃圾站臭味扰民","body":"夏天臭味严重","source":"论坛","observedAt":"2026-11-26T09:10:00+08:00"}""";
    private static final String NO_TITLE = """
            {"body":"缺少标题","source":"论坛","observedAt":"2026-11-26T09:10:00+08:00"}""";

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void acceptedRejectedAndProduceLatencyAreExposedToAdmins() {
        assertThat(post(REPORT).code()).isEqualTo(202);
        assertThat(post(NO_TITLE).code()).isEqualTo(400);

        HttpResponse<?> metrics = Exchange.send(client, HttpRequest.GET("/prometheus").bearerAuth(Tokens.forRole("ADMIN")));

        assertThat(metrics.code()).isEqualTo(200);
        assertThat(Exchange.body(metrics))
                .containsPattern("intake_reports_accepted_total\\{channel=\"rest\",?\\} [1-9]")
                .containsPattern("intake_reports_rejected_total\\{channel=\"rest\",reason=\"missing\",?\\} [1-9]")
                .contains("intake_produce_latency_seconds_bucket{outcome=\"acknowledged\"", "intake_produce_latency_seconds_count")
                .doesNotContain("小区垃圾站");
    }

    @Test
    void metricsNeedAnAdminToken() {
        assertThat(Exchange.send(client, HttpRequest.GET("/prometheus")).code()).isEqualTo(401);
        assertThat(Exchange.send(client, HttpRequest.GET("/prometheus").bearerAuth(Tokens.forRole(Roles.MONITOR))).code())
                .isEqualTo(403);
    }

    @Test
    void openApiDescriptionIsServedWithoutATokenWithChineseExamples() {
        HttpResponse<?> response = Exchange.send(client, HttpRequest.GET("/openapi/intake-service.yml"));

        assertThat(response.code()).isEqualTo(200);
        assertThat(Exchange.body(response))
                .contains("/api/v1/reports:", "/api/v1/reports/batch:", "/api/v1/hotline/messages:")
                .contains("拖欠农民工工资", "12345", "工单");
    }

    @Test
    void otherManagementEndpointsStayOff() {
        for (String path : new String[] {"/beans", "/routes", "/env", "/metrics", "/loggers"}) {
            assertThat(Exchange.send(client, HttpRequest.GET(path).bearerAuth(Tokens.forRole("ADMIN"))).code())
                    .as(path).isEqualTo(404);
        }
    }

    private HttpResponse<?> post(String body) {
        return Exchange.send(client, HttpRequest.POST("/api/v1/reports", body)
                .bearerAuth(Tokens.forRole(Roles.MONITOR)).contentType(MediaType.APPLICATION_JSON));
    }
}
