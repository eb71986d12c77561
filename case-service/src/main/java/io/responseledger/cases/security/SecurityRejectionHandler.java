package io.responseledger.cases.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.responseledger.cases.problem.Problems;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Answers requests the security filter refused, with problem bodies in Chinese that say why:
 * <ul>
 *   <li>401 with {@code WWW-Authenticate: Bearer} when there is no valid token (missing, malformed, expired or
 *       not trusted), for every path including unknown ones, so anonymous callers learn nothing about which
 *       paths exist ({@code micronaut.security.reject-not-found}, true by default);</li>
 *   <li>404 for an authenticated caller on a path that has no route;</li>
 *   <li>403 naming the roles the endpoint admits when the token has none of them.</li>
 * </ul>
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class SecurityRejectionHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;
    private final Clock clock;

    SecurityRejectionHandler(ErrorResponseProcessor<?> processor, Clock clock) {
        this.processor = processor;
        this.clock = clock;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!exception.isForbidden()) {
            TokenDiagnosis diagnosis = TokenDiagnosis.of(request, clock.instant());
            return Problems.respond(processor, request, new UnauthenticatedProblem(diagnosis))
                    .header(HttpHeaders.WWW_AUTHENTICATE,
                            diagnosis == TokenDiagnosis.MISSING ? "Bearer" : "Bearer error=\"invalid_token\"");
        }
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (route == null) {
            return Problems.of(processor, request, HttpStatus.NOT_FOUND, "资源不存在", "请求的地址不存在");
        }
        List<String> roles = Arrays.asList(route.getAnnotationMetadata().stringValues(Secured.class));
        return Problems.respond(processor, request, new MissingRoleProblem(roles));
    }
}
