package io.responseledger.search.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import io.responseledger.search.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Only an ADMIN may start or watch a rebuild and read the metrics; nobody else learns anything. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildAccessIT implements TestPropertyProvider {

    private final String prefix = TestIndices.newPrefix();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ElasticsearchClient elasticsearch;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ledger.search.index.prefix", prefix,
                "ledger.search.consumer.enabled", "false",
                "micronaut.server.port", "-1");
    }

    @AfterAll
    void deleteIndices() throws IOException {
        List<String> names = List.copyOf(elasticsearch.indices().get(g -> g.index(prefix + "-*")).result().keySet());
        if (!names.isEmpty()) {
            elasticsearch.indices().delete(d -> d.index(names));
        }
    }

    static List<Supplier<MutableHttpRequest<?>>> adminRequests() {
        return List.of(
                () -> HttpRequest.POST(RebuildController.PATH, ""),
                () -> HttpRequest.GET(RebuildController.PATH + "/current"),
                () -> HttpRequest.GET(RebuildController.PATH + "/" + UUID.randomUUID()),
                () -> HttpRequest.GET("/prometheus"));
    }

    @Test
    void withoutATokenEveryAdminRequestIs401() {
        for (Supplier<MutableHttpRequest<?>> request : adminRequests()) {
            HttpClientResponseException e = refused(request.get());
            assertThat(e.getStatus().getCode()).as("%s", e.getResponse()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER, Roles.HOTLINE})
    void otherRolesGet403AndStartNothing(String role) {
        for (Supplier<MutableHttpRequest<?>> request : adminRequests()) {
            HttpClientResponseException e = refused(request.get().bearerAuth(TestTokens.forRole(role)));
            assertThat(e.getStatus().getCode()).isEqualTo(403);
            assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("无权访问");
        }
        HttpClientResponseException officer = refused(HttpRequest.POST(RebuildController.PATH, "")
                .bearerAuth(TestTokens.officer("officer-1", "区人社局")));
        assertThat(officer.getStatus().getCode()).isEqualTo(403);

        HttpClientResponseException none = refused(HttpRequest.GET(RebuildController.PATH + "/current")
                .bearerAuth(TestTokens.forRole(Roles.ADMIN)));
        assertThat(none.getStatus().getCode()).as("no rebuild was started by anyone").isEqualTo(404);
    }

    @Test
    void adminReadsTheMetricsIncludingTheLagTimer() {
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus")
                .bearerAuth(TestTokens.forRole(Roles.ADMIN)));

        assertThat(metrics)
                .contains("# TYPE ledger_search_indexing_lag_seconds histogram")
                .contains("ledger_search_indexing_lag_seconds_bucket{le=\"2.0\"}")
                .contains("ledger_search_events_indexed_total{outcome=\"written\"")
                .contains("ledger_search_events_dead_lettered_total");
    }

    private HttpClientResponseException refused(HttpRequest<?> request) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, String.class));
        assertThat(e).as("%s %s is refused", request.getMethod(), request.getPath()).isNotNull();
        return e;
    }
}
