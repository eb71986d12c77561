package io.responseledger.cases.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.HttpTestWithoutKafka;
import io.responseledger.cases.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-client rate limits, with a limit small enough to reach: 3 at once, then 6 a minute (one per 10 s). */
@MicronautTest(transactional = false)
class RateLimitTest extends HttpTestWithoutKafka {

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    private CasesApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("ledger.rate-limit.requests-per-minute", "6");
        properties.put("ledger.rate-limit.burst", "3");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new CasesApi(http.toBlocking(), json);
    }

    @Test
    void clientOverTheLimitGets429WithRetryAfterAndOtherClientsDoNot() {
        CasesApi busy = api.as(Tokens.of("busy-" + UUID.randomUUID(), List.of("LEADER"), null));
        CasesApi other = api.as(Tokens.of("other-" + UUID.randomUUID(), List.of("LEADER"), null));

        for (int i = 0; i < 3; i++) {
            assertThat(busy.send(HttpRequest.GET("/api/v1/cases")).code()).isEqualTo(200);
        }
        HttpResponse<String> limited = busy.send(HttpRequest.GET("/api/v1/cases"));
        Map<String, Object> problem = busy.problem(HttpRequest.GET("/api/v1/cases"), 429);

        assertThat(limited.code()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 10);
        assertThat(limited.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(problem).containsEntry("title", "请求过于频繁").containsEntry("status", 429);
        assertThat(other.send(HttpRequest.GET("/api/v1/cases")).code()).isEqualTo(200);
    }

    @Test
    void requestsWithoutATokenAreCountedByAddressOnHealth() {
        int ok = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 5 && (last == null || last.code() == 200); i++) {
            last = api.send(HttpRequest.GET("/health"));
            ok += last.code() == 200 ? 1 : 0;
        }
        assertThat(ok).isLessThanOrEqualTo(3);
        assertThat(last.code()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
    }
}
