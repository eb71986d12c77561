package io.responseledger.intake.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** With no broker to talk to, intake refuses reports quickly instead of accepting or hanging. */
class KafkaUnavailableIT {

    @Test
    void reportIsRefusedWith503AndRetryAfterWithinSecondsWhenKafkaIsUnreachable() {
        // Port 1 on loopback: nothing listens there, so every connection is refused at once.
        Map<String, Object> properties = Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "micronaut.server.port", -1);
        var clientConfiguration = new DefaultHttpClientConfiguration();
        // Generous, so that the bound asserted below is intake's and not the client's.
        clientConfiguration.setReadTimeout(Duration.ofSeconds(60));

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient client = HttpClient.create(server.getURL(), clientConfiguration)) {
            String report = ReportJson.write(server.getApplicationContext().getBean(ObjectMapper.class),
                    ReportJson.valid());
            long start = System.nanoTime();

            HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.POST("/api/v1/reports", report)
                            .bearerAuth(Tokens.forRole(Roles.MONITOR))
                            .contentType(MediaType.APPLICATION_JSON), Map.class));

            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(e).as("an error answer").isNotNull();
            assertThat(e.getResponse().code()).isEqualTo(503);
            assertThat(e.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
            ProblemBody problem = ProblemBody.of(e.getResponse(),
                    server.getApplicationContext().getBean(ObjectMapper.class));
            assertThat(problem.contentType()).isEqualTo("application/problem+json");
            assertThat(problem.status()).isEqualTo(503);
            // max.block.ms is 5 s; the answer must come soon after it, far below any client's patience.
            assertThat(elapsed).isLessThan(Duration.ofSeconds(15));
        }
    }
}
