package io.responseledger.cases.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.HttpTestWithoutKafka;
import io.responseledger.cases.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication, and the hardening every response gets: what answers without a valid token, and how. */
@MicronautTest(transactional = false)
class RouteProtectionTest extends HttpTestWithoutKafka {

    private static final String LISTED_ORIGIN = "https://ledger.example.gov.cn";

    private static final List<String> KNOWN_ROUTES = List.of(
            "GET /api/v1/cases", "GET /api/v1/cases/{id}", "GET /api/v1/cases/by-report/{reportId}",
            "POST /api/v1/cases/{id}/assignment", "POST /api/v1/cases/{id}/responses",
            "GET /api/v1/cases/{id}/contacts");

    @Inject Router router;
    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;

    private CasesApi anonymous;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // As the environment variable would: comma-separated.
        properties.put("LEDGER_CORS_ORIGINS", LISTED_ORIGIN + ",https://dashboard.example.gov.cn");
        return properties;
    }

    @BeforeAll
    void setUp() {
        anonymous = new CasesApi(http.toBlocking(), json);
    }

    /** Taken from the router, so that an endpoint added later is checked without anyone listing it here. */
    @Test
    void everyRouteExceptHealthAnswers401WithoutAToken() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> !route.getUriMatchTemplate().toPathString().startsWith("/health"))
                .toList();
        assertThat(routes).extracting(route -> route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString())
                .containsAll(KNOWN_ROUTES);
        assertThat(routes).as("only the API and health are served: no login, token or management endpoints")
                .allSatisfy(route -> assertThat(route.getUriMatchTemplate().toPathString()).startsWith("/api/v1/"));

        for (UriRouteInfo<?, ?> route : routes) {
            Map<String, Object> variables = new HashMap<>();
            route.getUriMatchTemplate().getVariableNames().forEach(name -> variables.put(name, UUID.randomUUID()));
            String uri = route.getUriMatchTemplate().expand(variables);
            MutableHttpRequest<?> request = HttpRequest.create(route.getHttpMethod(), uri);
            if (route.getHttpMethod().permitsRequestBody()) {
                request.body(Map.of());
            }
            if (route.getHttpMethod() == HttpMethod.HEAD) {
                HttpResponse<String> head = anonymous.send(request);
                assertThat(head.code()).as("HEAD " + uri).isEqualTo(401);
                assertThat(head.header("WWW-Authenticate")).as("HEAD " + uri).isEqualTo("Bearer");
                continue;
            }

            Map<String, Object> problem = anonymous.problem(request, 401);

            assertThat(problem).as(route.getHttpMethod() + " " + uri)
                    .containsEntry("status", 401).containsEntry("title", "未认证").containsEntry("reason", "missing");
        }
    }

    @Test
    void missingTokenIsAnsweredWithABearerChallengeAndAProblemSayingSo() {
        HttpResponse<String> response = anonymous.send(HttpRequest.GET("/api/v1/cases"));

        assertThat(response.code()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.body()).contains("缺少有效的访问令牌");
    }

    @Test
    void healthAnswersWithoutATokenAndWithABadOne() {
        assertThat(anonymous.send(HttpRequest.GET("/health")).code()).isEqualTo(200);
        assertThat(anonymous.as(Tokens.signedWithAnotherKey("x", List.of("LEADER")))
                .send(HttpRequest.GET("/health")).code()).isEqualTo(200);
    }

    static Stream<Arguments> refusedTokens() {
        List<String> leader = List.of("LEADER");
        return Stream.of(
                Arguments.of("expired", Tokens.expired("expired-leader", leader), "expired"),
                Arguments.of("without exp", Tokens.withoutExpiry("eternal-leader", leader), "expired"),
                Arguments.of("signed with another key", Tokens.signedWithAnotherKey("forged-leader", leader),
                        "untrusted"),
                Arguments.of("from another issuer", Tokens.fromIssuer("https://idp.example", "leader", leader),
                        "untrusted"),
                Arguments.of("for another audience", Tokens.forAudience("another-app", "leader", leader),
                        "untrusted"),
                Arguments.of("not a JWT", "not-a-jwt", "malformed"));
    }

    @ParameterizedTest(name = "token {0}")
    @MethodSource("refusedTokens")
    void invalidTokensAre401SayingWhy(String what, String token, String reason) {
        Map<String, Object> problem = anonymous.as(token).problem(HttpRequest.GET("/api/v1/cases"), 401);

        assertThat(problem).containsEntry("title", "未认证").containsEntry("reason", reason);
        assertThat(anonymous.as(token).send(HttpRequest.GET("/api/v1/cases")).header("WWW-Authenticate"))
                .isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void unknownPathIs401WithoutATokenAnd404WithOne() {
        anonymous.problem(HttpRequest.GET("/api/v1/nothing-here"), 401);
        Map<String, Object> notFound = anonymous.as(Tokens.leader()).problem(HttpRequest.GET("/api/v1/nothing-here"),
                404);
        assertThat(notFound).containsEntry("title", "资源不存在");
    }

    @Test
    void securityHeadersAreOnEveryResponseSuccessfulOrNot() {
        CasesApi leader = anonymous.as(Tokens.leader());
        List<HttpResponse<String>> responses = List.of(
                leader.send(HttpRequest.GET("/api/v1/cases")),
                anonymous.send(HttpRequest.GET("/health")),
                anonymous.send(HttpRequest.GET("/api/v1/cases")),
                leader.send(HttpRequest.GET("/api/v1/cases/" + UUID.randomUUID())),
                leader.send(HttpRequest.GET("/api/v1/cases/not-a-uuid")),
                leader.send(HttpRequest.POST("/api/v1/cases/" + UUID.randomUUID() + "/assignment", Map.of())));

        assertThat(responses).extracting(HttpResponse::code).containsExactly(200, 200, 401, 404, 400, 403);
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy"))
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        });
    }

    @Test
    void bodyOverTheLimitIs413() {
        String text = "回".repeat(100_000);
        Map<String, Object> problem = anonymous.as(Tokens.officer("区人社局")).problem(
                HttpRequest.POST("/api/v1/cases/" + UUID.randomUUID() + "/responses", Map.of("text", text)), 413);

        assertThat(problem).containsEntry("title", "请求体过大");
        assertThat((String) problem.get("detail")).contains("256");
        assertThat(anonymous.as(Tokens.officer("区人社局")).send(HttpRequest.POST(
                "/api/v1/cases/" + UUID.randomUUID() + "/responses", Map.of("text", text)))
                .header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void corsPreflightFromAListedOriginIsAllowedAndFromAnyOtherRefused() {
        HttpResponse<String> listed = anonymous.send(preflight(LISTED_ORIGIN));
        HttpResponse<String> other = anonymous.send(preflight("https://evil.example.com"));

        assertThat(listed.code()).isEqualTo(200);
        assertThat(listed.header("Access-Control-Allow-Origin")).isEqualTo(LISTED_ORIGIN);
        assertThat(listed.getHeaders().getAll("Access-Control-Allow-Headers")).map(String::toLowerCase)
                .contains("authorization");
        assertThat(listed.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(listed.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(other.code()).isNotEqualTo(200);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        assertThat(other.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void corsRequestFromAListedOriginIsAnsweredWithItsOriginAndFromAnotherWithout() {
        CasesApi leader = anonymous.as(Tokens.leader());

        HttpResponse<String> listed = leader.send(HttpRequest.GET("/api/v1/cases").header("Origin", LISTED_ORIGIN));
        HttpResponse<String> other = leader.send(HttpRequest.GET("/api/v1/cases")
                .header("Origin", "https://evil.example.com"));

        assertThat(listed.code()).isEqualTo(200);
        assertThat(listed.header("Access-Control-Allow-Origin")).isEqualTo(LISTED_ORIGIN);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    private static MutableHttpRequest<?> preflight(String origin) {
        return HttpRequest.OPTIONS("/api/v1/cases")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization");
    }
}
