package io.responseledger.search.security;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import io.responseledger.search.problem.Problem;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A small limit (burst 3, then 1 a minute) so that the fourth request of a client is over it. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitIT implements TestPropertyProvider {

    private static final int BURST = 3;

    private final String prefix = TestIndices.newPrefix();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    ElasticsearchClient elasticsearch;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ledger.search.index.prefix", prefix,
                "ledger.search.consumer.enabled", "false",
                "ledger.rate-limit.requests-per-minute", "1",
                "ledger.rate-limit.burst", String.valueOf(BURST),
                "micronaut.server.port", "-1");
    }

    @AfterAll
    void deleteIndices() throws IOException {
        TestIndices.delete(elasticsearch, prefix);
    }

    @Test
    void requestOverTheLimitGets429WithRetryAfterAndOtherUsersAreUnaffected() throws IOException {
        String busy = TestTokens.token("busy-leader", Roles.LEADER, null);
        for (int i = 0; i < BURST; i++) {
            assertThat(http.toBlocking().exchange(search(busy), String.class).code()).isEqualTo(200);
        }

        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(search(busy), String.class));

        assertThat(e).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(e.getResponse().getHeaders().get("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(e.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        Problem problem = json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Problem.class);
        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.title()).isEqualTo("请求过于频繁");
        assertThat(problem.detail()).contains(retryAfter + " 秒后重试");
        assertThat(e.getResponse().getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");

        String other = TestTokens.token("other-leader", Roles.LEADER, null);
        assertThat(http.toBlocking().exchange(search(other), String.class).code()).isEqualTo(200);
    }

    @Test
    void unauthenticatedRequestsAreCountedByAddress() {
        for (int i = 0; i < BURST; i++) {
            assertThat(http.toBlocking().exchange(HttpRequest.GET("/health"), String.class).code()).isEqualTo(200);
        }

        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/health"), String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(429);
        assertThat(e.getResponse().getHeaders().get("Retry-After")).isNotBlank();
    }

    private static HttpRequest<?> search(String token) {
        return HttpRequest.GET("/api/v1/search?q=x").bearerAuth(token);
    }
}
