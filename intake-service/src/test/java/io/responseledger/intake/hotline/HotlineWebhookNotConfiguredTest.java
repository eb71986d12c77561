package io.responseledger.intake.hotline;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.HotlineSigner;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a webhook secret nothing can be verified, so nothing is accepted, however it is signed. */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
@Property(name = "ledger.hotline.webhook.secret", value = "")
class HotlineWebhookNotConfiguredTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    RecordingReportPublisher publisher;

    @Test
    void everyMessageIsRefusedWith503SayingTheWebhookIsNotConfigured() {
        HttpResponse<?> response = Exchange.send(client,
                HotlineSigner.signedRequest(HotlineSigner.sampleMessage(), Tokens.forRole(Roles.HOTLINE)));

        assertThat(response.code()).isEqualTo(503);
        ProblemBody problem = ProblemBody.of(response, objectMapper);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.detail()).contains("未配置签名密钥");
        assertThat(publisher.acknowledged()).isEmpty();
    }
}
