package io.responseledger.intake.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the router knows, taken from the router itself, refuses a request without a token: a new
 * endpoint cannot be added unprotected without this test failing.
 */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
// Unit tests run without a broker: health must not wait for Kafka here (ReportIntakeIT checks it with one).
@Property(name = "kafka.health.enabled", value = "false")
class RouteSecurityTest {

    @Inject
    Router router;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    RecordingReportPublisher publisher;

    @BeforeEach
    void resetPublisher() {
        publisher.reset();
    }

    @Test
    void everyRouteExceptHealthAnswers401WithAProblemWithoutAToken() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes().toList();
        List<String> described = routes.stream().map(RouteSecurityTest::describe).toList();
        assertThat(described).as("the router knows the API").contains("POST /api/v1/reports", "POST /api/v1/hotline/messages")
                .as("no management endpoint but health").noneMatch(route -> route.matches("[A-Z]+ /(beans|routes|threaddump|info|loggers|env|refresh|stop|token_info).*"));

        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (UriRouteInfo<?, ?> route : routes) {
            if (isHealth(route)) {
                continue;
            }
            HttpResponse<?> response = Exchange.send(client, requestFor(route));
            checked++;
            String name = describe(route);
            softly.assertThat(response.code()).as(name).isEqualTo(401);
            softly.assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).as(name).isEqualTo("Bearer");
            if (route.getHttpMethod() != HttpMethod.HEAD) {
                softly.assertThat(response.getContentType().map(MediaType::toString)).as(name)
                        .hasValue("application/problem+json");
                softly.assertThat(Exchange.body(response)).as(name).contains("\"title\":\"未认证\"");
            }
        }
        softly.assertAll();
        assertThat(checked).isGreaterThanOrEqualTo(2);
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void healthAnswersWithoutAToken() {
        List<UriRouteInfo<?, ?>> health = router.uriRoutes().filter(RouteSecurityTest::isHealth).toList();
        assertThat(health).isNotEmpty();

        HttpResponse<?> response = Exchange.send(client, HttpRequest.GET("/health"));

        assertThat(response.code()).isEqualTo(200);
        assertThat(Exchange.body(response)).contains("\"status\":\"UP\"");
    }

    @Test
    void unknownPathIs401WithoutATokenSoThatItRevealsNothing() {
        HttpResponse<?> response = Exchange.send(client, HttpRequest.GET("/api/v1/no-such-thing"));

        assertThat(response.code()).isEqualTo(401);
    }

    @Test
    void unknownPathIs404ForACallerWithAValidToken() {
        HttpResponse<?> response = Exchange.send(client, HttpRequest.GET("/api/v1/no-such-thing")
                .bearerAuth(Tokens.forRole(Roles.MONITOR)));

        assertThat(response.code()).isEqualTo(404);
        assertThat(ProblemBody.of(response, objectMapper).contentType()).isEqualTo("application/problem+json");
    }

    private static boolean isHealth(UriRouteInfo<?, ?> route) {
        String path = route.getUriMatchTemplate().toPathString();
        return path.equals("/health") || path.startsWith("/health/");
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
    }

    /** A request the route would match, its path variables filled with a random UUID, a JSON body where one fits. */
    private static MutableHttpRequest<?> requestFor(UriRouteInfo<?, ?> route) {
        Map<String, Object> variables = new HashMap<>();
        route.getUriMatchTemplate().getVariableNames().forEach(name -> variables.put(name, UUID.randomUUID().toString()));
        String path = route.getUriMatchTemplate().expand(variables);
        HttpMethod method = route.getHttpMethod();
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            request.body("{}").contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return request;
    }
}
