package io.responseledger.intake.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secure by default: with application.yml alone (neither the local nor the idp environment's file), no
 * signature can be verified and every token fails, including an unsigned one that micronaut-security-jwt
 * would otherwise accept when no signature is configured.
 */
class NoEnvironmentTest {

    private static final String REPORT = """
            {"title": "标题", "body": "正文", "source": "WEIBO", "observedAt": "2026-11-26T09:10:00+08:00"}""";

    @Test
    void withoutAnEnvironmentThatTrustsAKeyEveryTokenIsRefused() throws IOException {
        try (EmbeddedServer server = ApplicationContext.builder()
                // Nothing is read from the class path's configuration files: application.yml comes in below,
                // application-local.yml (which the build's MICRONAUT_ENVIRONMENTS=local would add) does not.
                .overrideConfigLocations("classpath:/no-configuration-here/")
                .propertySources(PropertySource.of("application", applicationYml()))
                .properties(Map.of("micronaut.server.port", -1, "kafka.health.enabled", false))
                .environments(RecordingReportPublisher.ENVIRONMENT)
                .run(EmbeddedServer.class);
             HttpClient client = HttpClient.create(server.getURL())) {
            ApplicationContext context = server.getApplicationContext();
            assertThat(context.getBeansOfType(SignatureConfiguration.class))
                    .as("only the configuration that refuses unsigned tokens")
                    .singleElement().isInstanceOf(UnsignedTokensRejected.class);

            for (String token : new String[]{Tokens.forRole(Roles.MONITOR), Tokens.unsigned(Roles.MONITOR)}) {
                var response = Exchange.send(client, HttpRequest.POST("/api/v1/reports", REPORT)
                        .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
                assertThat(response.code()).isEqualTo(401);
            }
            assertThat(context.getBean(RecordingReportPublisher.class).acknowledged()).isEmpty();
            assertThat(Exchange.send(client, HttpRequest.GET("/health")).code()).isEqualTo(200);
        }
    }

    private static Map<String, Object> applicationYml() throws IOException {
        try (InputStream in = NoEnvironmentTest.class.getResourceAsStream("/application.yml")) {
            return new YamlPropertySourceLoader().read("application", in);
        }
    }
}
