package io.responseledger.intake.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.responseledger.contracts.Topics;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.Tokens;
import io.responseledger.intake.testsupport.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A broker that stops and comes back: intake answers 503 with Retry-After within its bound while Kafka is down,
 * health says DOWN, and reports flow again once the broker is back. Runs a broker of its own (127.0.0.1:19094,
 * data under target/kafka-restart) through deploy/local/infra, so the shared test broker is never touched.
 */
class KafkaRestartIT {

    private static final String PORT = "19094";
    private static final String CONTROLLER_PORT = "19095";
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(6);

    private static Path localDir;

    @BeforeAll
    static void startBroker() throws Exception {
        localDir = Path.of("target", "kafka-restart").toAbsolutePath();
        Files.createDirectories(localDir);
        infra("start");
    }

    @AfterAll
    static void stopBroker() throws Exception {
        infra("stop");
    }

    @Test
    void reportsAreRefusedWithinTheBoundWhileKafkaIsDownAndFlowAgainAfterItsRestart() throws Exception {
        String bootstrap = "127.0.0.1:" + PORT;
        Map<String, Object> properties = Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "micronaut.server.port", -1,
                "ledger.intake.publish-timeout", PUBLISH_TIMEOUT.toSeconds() + "s",
                "ledger.rate-limit.enabled", false);
        var clientConfiguration = new DefaultHttpClientConfiguration();
        clientConfiguration.setReadTimeout(Duration.ofSeconds(90));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient client = HttpClient.create(server.getURL(), clientConfiguration);
             TopicProbe topic = new TopicProbe(bootstrap, Topics.OPINION_REPORTS)) {
            ObjectMapper objectMapper = server.getApplicationContext().getBean(ObjectMapper.class);

            assertThat(post(client, objectMapper, "before").code()).isEqualTo(202);

            infra("stop");
            long start = System.nanoTime();
            HttpResponse<?> refused = post(client, objectMapper, "while-down");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(refused.code()).isEqualTo(503);
            assertThat(refused.getHeaders().get(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
            assertThat(Exchange.body(refused)).contains("消息队列暂不可用");
            // The bound is ledger.intake.publish-timeout; the answer may not come later than that plus overhead.
            assertThat(elapsed).isLessThan(PUBLISH_TIMEOUT.plusSeconds(4));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(Exchange.send(client, HttpRequest.GET("/health")).code()).isEqualTo(503));

            infra("start");
            String marker = "after-" + UUID.randomUUID();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertThat(post(client, objectMapper, marker).code()).isEqualTo(202));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(topic.recordsContaining(marker)).isNotEmpty());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(Exchange.send(client, HttpRequest.GET("/health")).code()).isEqualTo(200));
        }
    }

    private static HttpResponse<?> post(HttpClient client, ObjectMapper objectMapper, String marker) {
        Map<String, Object> report = ReportJson.valid();
        report.put("title", "重启测试 " + marker);
        return Exchange.send(client, HttpRequest.POST("/api/v1/reports", ReportJson.write(objectMapper, report))
                .bearerAuth(Tokens.forRole(Roles.MONITOR))
                .contentType(MediaType.APPLICATION_JSON));
    }

    /** deploy/local/infra with this test's own directory and ports. */
    private static void infra(String command) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("ledger.root", "..")).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("deploy/local/infra").toString(), command, "kafka")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(localDir.resolve("infra.log").toFile()));
        builder.environment().put("LEDGER_LOCAL_DIR", localDir.toString());
        builder.environment().put("KAFKA_PORT", PORT);
        builder.environment().put("KAFKA_CONTROLLER_PORT", CONTROLLER_PORT);
        builder.environment().put("KAFKA_HEAP", "256m");
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("deploy/local/infra " + command + " did not finish; see " + localDir.resolve("infra.log"));
        }
        assertThat(process.exitValue()).as("deploy/local/infra %s kafka (log: %s)", command, localDir.resolve("infra.log"))
                .isZero();
    }
}
