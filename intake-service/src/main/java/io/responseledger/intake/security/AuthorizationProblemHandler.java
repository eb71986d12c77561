package io.responseledger.intake.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.web.router.RouteMatch;
import io.responseledger.intake.problem.Problems;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * What a request that security turned away is told, as application/problem+json in Chinese:
 * <ul>
 *   <li>401 {@code 未认证} with {@code WWW-Authenticate: Bearer} when no valid token came with it, saying
 *       whether the token was missing, malformed, expired or not trusted (wrong key, issuer or audience);</li>
 *   <li>403 {@code 无权访问} naming the role(s) the endpoint needs when the token is valid but its roles are not;</li>
 *   <li>404 when a caller with a valid token asks for a path no endpoint serves. Without a token that is a 401
 *       like any other, so anonymous callers learn nothing about which paths exist.</li>
 * </ul>
 * The token is read here only to choose the message; whether it is trusted was decided by micronaut-security.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private static final String BEARER = "Bearer";

    private final ErrorResponseProcessor<?> processor;
    private final Clock clock;

    AuthorizationProblemHandler(ErrorResponseProcessor<?> processor, Clock clock) {
        this.processor = processor;
        this.clock = clock;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!exception.isForbidden()) {
            return Problems.of(processor, request, HttpResponse.unauthorized()
                            .header(HttpHeaders.WWW_AUTHENTICATE, BEARER),
                    "未认证", unauthenticatedDetail(request));
        }
        RouteMatch<?> route = request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class).orElse(null);
        if (route == null) {
            return Problems.of(processor, request, HttpResponse.status(HttpStatus.NOT_FOUND),
                    "接口不存在", "没有与 " + request.getMethodName() + " " + request.getPath() + " 对应的接口");
        }
        List<String> roles = Arrays.asList(route.getRouteInfo().getAnnotationMetadata().stringValues(Secured.class));
        String detail = roles.isEmpty()
                ? "此操作不对任何角色开放"
                : "此操作需要角色：" + String.join("、", roles);
        return Problems.of(processor, request, HttpResponse.status(HttpStatus.FORBIDDEN), "无权访问", detail);
    }

    private String unauthenticatedDetail(HttpRequest<?> request) {
        String authorization = request.getHeaders().getAuthorization().orElse(null);
        if (authorization == null || authorization.isBlank()) {
            return "缺少有效的访问令牌：请在 Authorization 请求头中以 Bearer 方式提供";
        }
        if (!authorization.regionMatches(true, 0, BEARER + " ", 0, BEARER.length() + 1)) {
            return "Authorization 请求头必须是 Bearer 访问令牌";
        }
        String token = authorization.substring(BEARER.length() + 1).strip();
        JWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = JWTParser.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return "访问令牌格式错误：不是有效的 JWT";
        }
        if (jwt instanceof PlainJWT) {
            return "访问令牌未签名，不受信任";
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            return "访问令牌缺少有效期（exp），不受信任";
        }
        if (!expiry.toInstant().isAfter(clock.instant())) {
            return "访问令牌已过期";
        }
        return "访问令牌不受信任：签名、签发方（iss）或受众（aud）不符";
    }
}
