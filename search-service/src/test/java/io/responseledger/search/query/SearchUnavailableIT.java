package io.responseledger.search.query;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.search.TestIndices;
import io.responseledger.search.problem.Problem;
import io.responseledger.search.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Elasticsearch unreachable (nothing listens on port 1): search answers 503 with a problem body, not 500. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchUnavailableIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "elasticsearch.http-hosts", "http://127.0.0.1:1",
                "ledger.search.index.prefix", TestIndices.newPrefix(),
                "ledger.search.consumer.enabled", "false",
                "micronaut.server.port", "-1");
    }

    @Test
    void searchAnswersServiceUnavailableWithAProblem() throws IOException {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/search?q=%E5%B7%A5%E8%B5%84")
                        .bearerAuth(TestTokens.forRole("LEADER")), String.class));

        assertThat(e.getStatus().getCode()).isEqualTo(503);
        assertThat(e.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(e.getResponse().getHeaders().get("Retry-After")).isNotBlank();
        Problem problem = json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Problem.class);
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).contains("Elasticsearch").contains("稍后重试");
    }
}
