package io.responseledger.search.security;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Who may search, what a refused caller is told, and the hardening every response gets. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT implements TestPropertyProvider {

    private static final String SEARCH = "/api/v1/search?q=%E5%B7%A5%E8%B5%84";
    private static final String LISTED_ORIGIN = "https://ledger.example.gov.cn";

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
                "LEDGER_CORS_ORIGINS", LISTED_ORIGIN + ",https://other.example.gov.cn",
                "micronaut.server.port", "-1");
    }

    @AfterAll
    void deleteIndices() throws IOException {
        TestIndices.delete(elasticsearch, prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER})
    void readingRolesMaySearch(String role) {
        HttpResponse<String> response = http.toBlocking().exchange(
                HttpRequest.GET(SEARCH).bearerAuth(TestTokens.forRole(role)), String.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).contains("\"hits\"");
    }

    static Stream<Arguments> otherRoles() {
        return Stream.of(
                Arguments.of(Roles.OFFICER, TestTokens.officer("officer-1", "区人社局")),
                Arguments.of(Roles.ADMIN, TestTokens.forRole(Roles.ADMIN)),
                Arguments.of(Roles.HOTLINE, TestTokens.forRole(Roles.HOTLINE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherRoles")
    void otherRolesGet403NamingTheRolesThatMay(String role, String token) throws IOException {
        HttpClientResponseException e = refused(HttpRequest.GET(SEARCH).bearerAuth(token));

        assertThat(e.getStatus().getCode()).isEqualTo(403);
        Problem problem = problem(e);
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.title()).isEqualTo("无权访问");
        assertThat(problem.detail()).isEqualTo("此操作需要角色：MONITOR、SUPERVISOR、LEADER");
        assertThat(problem.instance()).isEqualTo("/api/v1/search");
    }

    @Test
    void missingTokenGets401SayingItIsMissing() throws IOException {
        HttpClientResponseException e = refused(HttpRequest.GET(SEARCH));

        assertThat(e.getStatus().getCode()).isEqualTo(401);
        assertThat(e.getResponse().getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        Problem problem = problem(e);
        assertThat(problem.title()).isEqualTo("未认证");
        assertThat(problem.detail()).contains("缺少有效的访问令牌");
    }

    static Stream<Arguments> untrustedTokens() {
        return Stream.of(
                Arguments.of("expired", TestTokens.expired(Roles.LEADER)),
                Arguments.of("signed with another key", TestTokens.signedWithAnotherKey(Roles.LEADER)),
                Arguments.of("another issuer", TestTokens.withIssuer(Roles.LEADER, "https://idp.example.com")),
                Arguments.of("another audience", TestTokens.withAudience(Roles.LEADER, "another-system")),
                Arguments.of("without expiry", TestTokens.withoutExpiry(Roles.LEADER)),
                Arguments.of("not a JWT", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("untrustedTokens")
    void untrustedTokenGets401SayingItIsInvalid(String what, String token) throws IOException {
        HttpClientResponseException e = refused(HttpRequest.GET(SEARCH).bearerAuth(token));

        assertThat(e.getStatus().getCode()).isEqualTo(401);
        assertThat(e.getResponse().getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        Problem problem = problem(e);
        assertThat(problem.title()).isEqualTo("未认证");
        assertThat(problem.detail()).startsWith("访问令牌无效");
    }

    @Test
    void securityHeadersAreOnASuccessfulResponse() {
        HttpResponse<String> response = http.toBlocking().exchange(
                HttpRequest.GET(SEARCH).bearerAuth(TestTokens.forRole(Roles.LEADER)), String.class);

        assertSecurityHeaders(response);
    }

    @Test
    void securityHeadersAreOnErrorResponses() {
        assertSecurityHeaders(refused(HttpRequest.GET(SEARCH)).getResponse());
        assertSecurityHeaders(refused(HttpRequest.GET(SEARCH).bearerAuth(TestTokens.forRole(Roles.ADMIN))).getResponse());
        assertSecurityHeaders(refused(HttpRequest.GET("/api/v1/search?size=0")
                .bearerAuth(TestTokens.forRole(Roles.LEADER))).getResponse());
        assertSecurityHeaders(refused(HttpRequest.GET("/nothing-here")
                .bearerAuth(TestTokens.forRole(Roles.LEADER))).getResponse());
    }

    @Test
    void healthHasSecurityHeadersToo() {
        assertSecurityHeaders(http.toBlocking().exchange(HttpRequest.GET("/health"), String.class));
    }

    @Test
    void preflightFromAListedOriginIsAllowed() {
        HttpResponse<String> response = http.toBlocking().exchange(preflight(LISTED_ORIGIN), String.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo(LISTED_ORIGIN);
        assertThat(response.getHeaders().getAll("Access-Control-Allow-Methods")).contains("GET");
        assertSecurityHeaders(response);
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        HttpClientResponseException e = refused(preflight("https://evil.example.com"));

        assertThat(e.getResponse().getHeaders().get("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void actualRequestFromAListedOriginCarriesTheCorsHeader() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET(SEARCH)
                .header("Origin", LISTED_ORIGIN)
                .bearerAuth(TestTokens.forRole(Roles.LEADER)), String.class);

        assertThat(response.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo(LISTED_ORIGIN);
        assertThat(response.getHeaders().getAll("Access-Control-Expose-Headers")).contains("Retry-After");
    }

    @Test
    void bodyLargerThan256KbGets413WithAProblem() throws IOException {
        MutableHttpRequest<String> request = HttpRequest.POST(SEARCH, "x".repeat(300 * 1024))
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .bearerAuth(TestTokens.forRole(Roles.LEADER));

        HttpClientResponseException e = refused(request);

        assertThat(e.getStatus().getCode()).isEqualTo(413);
        Problem problem = problem(e);
        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.title()).isEqualTo("请求体过大");
        assertThat(problem.detail()).contains("262144");
        assertSecurityHeaders(e.getResponse());
    }

    private static MutableHttpRequest<?> preflight(String origin) {
        return HttpRequest.create(HttpMethod.OPTIONS, "/api/v1/search")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization");
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertThat(response.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeaders().get("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.getHeaders().get("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeaders().get("Cache-Control")).isEqualTo("no-store");
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
}
