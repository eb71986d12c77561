package io.responseledger.search.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.web.router.RouteAttributes;
import io.responseledger.search.problem.TitledError;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Answers a refused request with a problem body that says why: 401 (no token, or one that is malformed,
 * expired, wrongly signed or for another issuer or audience) with {@code WWW-Authenticate: Bearer}, or 403
 * naming the roles the endpoint needs. Replaces micronaut-security's handler, which answers an empty body.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class RejectionHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private static final String BEARER = "Bearer ";

    private final ErrorResponseProcessor<?> errors;

    RejectionHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return errors.processResponse(
                    ErrorContext.builder(request)
                            .cause(exception)
                            .error(new TitledError("无权访问", forbiddenDetail(request)))
                            .build(),
                    HttpResponse.status(HttpStatus.FORBIDDEN));
        }
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .error(new TitledError("未认证", unauthorizedDetail(request)))
                        .build(),
                HttpResponse.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    private static String unauthorizedDetail(HttpRequest<?> request) {
        boolean tokenSent = request.getHeaders().getAuthorization()
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .isPresent();
        return tokenSent
                ? "访问令牌无效：格式错误、已过期、签名或签发方不受信任"
                : "缺少有效的访问令牌（请求头 Authorization: Bearer <令牌>）";
    }

    private static String forbiddenDetail(HttpRequest<?> request) {
        List<String> roles = RouteAttributes.getRouteMatch(request)
                .map(route -> List.of(route.getAnnotationMetadata().stringValues(Secured.class)))
                .orElse(List.of())
                .stream()
                .filter(role -> role.chars().allMatch(c -> Character.isUpperCase(c) || c == '_'))
                .toList();
        return roles.isEmpty()
                ? "您的角色无权执行此操作"
                : "此操作需要角色：" + String.join("、", roles);
    }
}
