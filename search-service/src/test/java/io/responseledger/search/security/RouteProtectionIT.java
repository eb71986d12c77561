package io.responseledger.search.security;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import io.responseledger.search.problem.Problem;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every route the router knows, not a hand-kept list: a new endpoint cannot be added without protection.
 * Also: with no {@code LEDGER_CORS_ORIGINS} no browser origin is allowed.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteProtectionIT implements TestPropertyProvider {

    private final String prefix = TestIndices.newPrefix();

    @Inject
    Router router;

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
                "micronaut.server.port", "-1");
    }

    @AfterAll
    void deleteIndices() throws IOException {
        TestIndices.delete(elasticsearch, prefix);
    }

    @Test
    void everyRouteExceptHealthAnswers401WithoutAToken() throws IOException {
        List<UriRouteInfo<?, ?>> routes = nonHealthRoutes();
        assertThat(routes).extracting(route -> route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString())
                .contains("GET /api/v1/search");

        for (UriRouteInfo<?, ?> route : routes) {
            MutableHttpRequest<?> request = requestFor(route);

            HttpClientResponseException e = refused(request);

            String path = request.getPath();
            assertThat(e.getStatus().getCode()).as("%s %s", route.getHttpMethod(), path).isEqualTo(401);
            assertThat(e.getResponse().getHeaders().get("WWW-Authenticate")).as(path).isEqualTo("Bearer");
            if (route.getHttpMethod() != HttpMethod.HEAD) {
                assertThat(problem(e).title()).isEqualTo("未认证");
            }
        }
    }

    /**
     * Nothing here is for HOTLINE, so a valid HOTLINE token is refused everywhere: catches routes that let any
     * signed-in user in (Micronaut's management and token endpoints do, when enabled).
     */
    @Test
    void everyRouteExceptHealthAnswers403ToARoleWithNoBusinessHere() {
        String hotline = TestTokens.forRole(Roles.HOTLINE);
        for (UriRouteInfo<?, ?> route : nonHealthRoutes()) {
            MutableHttpRequest<?> request = requestFor(route).bearerAuth(hotline);

            HttpClientResponseException e = refused(request);

            assertThat(e.getStatus().getCode()).as("%s %s", route.getHttpMethod(), request.getPath()).isEqualTo(403);
        }
    }

    @Test
    void healthAnswersWithoutAToken() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/health"), String.class);

        assertThat(response.code()).isEqualTo(200);
    }

    @Test
    void unknownPathIs401WithoutATokenAnd404WithOne() throws IOException {
        HttpClientResponseException anonymous = refused(HttpRequest.GET("/api/v1/no-such-thing"));
        assertThat(anonymous.getStatus().getCode()).isEqualTo(401);

        HttpClientResponseException signedIn = refused(HttpRequest.GET("/api/v1/no-such-thing")
                .bearerAuth(TestTokens.forRole(Roles.LEADER)));
        assertThat(signedIn.getStatus().getCode()).isEqualTo(404);
        assertThat(problem(signedIn).status()).isEqualTo(404);
    }

    @Test
    void withoutConfiguredOriginsNoBrowserOriginIsAllowed() {
        MutableHttpRequest<?> preflight = HttpRequest.create(HttpMethod.OPTIONS, "/api/v1/search")
                .header("Origin", "https://ledger.example.gov.cn")
                .header("Access-Control-Request-Method", "GET");

        HttpClientResponseException e = refused(preflight);

        assertThat(e.getResponse().getHeaders().get("Access-Control-Allow-Origin")).isNull();
    }

    private List<UriRouteInfo<?, ?>> nonHealthRoutes() {
        return router.uriRoutes()
                .filter(route -> !isHealth(route.getUriMatchTemplate().toPathString()))
                .toList();
    }

    /** A request for the route, path variables filled with random UUIDs, an empty JSON body where one fits. */
    private static MutableHttpRequest<?> requestFor(UriRouteInfo<?, ?> route) {
        Map<String, Object> variables = new HashMap<>();
        route.getUriMatchTemplate().getVariableNames().forEach(name -> variables.put(name, UUID.randomUUID()));
        MutableHttpRequest<?> request = HttpRequest.create(route.getHttpMethod(), route.getUriMatchTemplate().expand(variables));
        if (route.getHttpMethod().permitsRequestBody()) {
            request.body(Map.of());
        }
        return request;
    }

    private HttpClientResponseException refused(HttpRequest<?> request) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, String.class));
        assertThat(e).as("%s %s is refused", request.getMethod(), request.getPath()).isNotNull();
        return e;
    }

    private Problem problem(HttpClientResponseException e) throws IOException {
        assertThat(e.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        return json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Problem.class);
    }

    private static boolean isHealth(String path) {
        return path.equals("/health") || path.startsWith("/health/");
    }
}
