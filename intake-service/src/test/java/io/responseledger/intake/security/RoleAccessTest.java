package io.responseledger.intake.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.HotlineSigner;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what at intake: MONITOR submits reports, HOTLINE publishes hotline messages, nobody else does
 * either. A refusal is a 403 problem naming the role the endpoint needs.
 */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
class RoleAccessTest {

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

    @Test
    void monitorMaySubmitAReport() {
        assertThat(submitReportAs(Roles.MONITOR).code()).isEqualTo(202);
        assertThat(publisher.acknowledged()).hasSize(1);
    }

    @Test
    void monitorMayNotPublishHotlineMessagesEvenWithAValidSignature() {
        HttpResponse<?> response = Exchange.send(client,
                HotlineSigner.signedRequest(HotlineSigner.sampleMessage(), Tokens.forRole(Roles.MONITOR)));

        assertForbidden(response, "HOTLINE");
    }

    @Test
    void hotlineMayPublishHotlineMessages() {
        HttpResponse<?> response = Exchange.send(client,
                HotlineSigner.signedRequest(HotlineSigner.sampleMessage(), Tokens.forRole(Roles.HOTLINE)));

        assertThat(response.code()).isEqualTo(202);
        assertThat(publisher.acknowledged()).hasSize(1);
    }

    @Test
    void hotlineMayNotSubmitReportsDirectly() {
        assertForbidden(submitReportAs(Roles.HOTLINE), "MONITOR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LEADER", "SUPERVISOR", "OFFICER", "ADMIN", "SOMETHING_ELSE"})
    void everyOtherRoleMayDoNothingHere(String role) {
        assertForbidden(submitReportAs(role), "MONITOR");
        assertForbidden(Exchange.send(client,
                HotlineSigner.signedRequest(HotlineSigner.sampleMessage(), Tokens.forRole(role))), "HOTLINE");
    }

    private HttpResponse<?> submitReportAs(String role) {
        return Exchange.send(client, HttpRequest.POST("/api/v1/reports", REPORT)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(Tokens.forRole(role)));
    }

    private void assertForbidden(HttpResponse<?> response, String requiredRole) {
        assertThat(response.code()).isEqualTo(403);
        ProblemBody problem = ProblemBody.of(response, objectMapper);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.title()).isEqualTo("无权访问");
        assertThat(problem.detail()).isEqualTo("此操作需要角色：" + requiredRole);
        assertThat(publisher.acknowledged()).isEmpty();
    }
}
