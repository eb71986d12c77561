package io.responseledger.search.security;

import io.responseledger.search.Application;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Started without the {@code local} or {@code idp} environment, the service can verify no signature, so even a
 * token signed with the local key is refused. Runs the service in a process of its own, because the build
 * puts every test JVM into the {@code local} environment.
 */
class SecureByDefaultIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void withoutASecurityEnvironmentEveryTokenIsRefused() throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Application.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/secure-by-default-it.log"));
        Map<String, String> env = builder.environment();
        env.remove("MICRONAUT_ENVIRONMENTS");
        env.put("SEARCH_PORT", String.valueOf(port));
        String prefix = TestIndices.newPrefix();
        env.put("SEARCH_INDEX_PREFIX", prefix);
        env.put("LEDGER_SEARCH_CONSUMER_ENABLED", "false");
        Process service = builder.start();
        try {
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                    get(port, "/health", null).statusCode() == 200);

            HttpResponse<String> response = get(port, "/api/v1/search", TestTokens.forRole(Roles.LEADER));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("访问令牌无效");
            // Without any signature configuration micronaut-security-jwt would take an unsigned token.
            assertThat(get(port, "/api/v1/search", TestTokens.unsigned(Roles.LEADER)).statusCode()).isEqualTo(401);
        } finally {
            service.destroy();
            service.waitFor();
            deleteIndices(prefix);
        }
    }

    /** The indices the service created at startup (wildcards are refused by default in Elasticsearch 8). */
    private void deleteIndices(String prefix) throws IOException, InterruptedException {
        String elasticsearch = System.getenv().getOrDefault("ELASTICSEARCH_URL", "http://127.0.0.1:9200");
        http.send(HttpRequest.newBuilder(URI.create(
                        elasticsearch + "/" + prefix + "-cases-v3," + prefix + "-responses-v3," + prefix
                                + "-commitments-v3?ignore_unavailable=true"))
                .DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
