package io.responseledger.search.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.search.problem.TitledError;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.OptionalLong;

/**
 * Limits requests per client: the token's subject once the security filter has authenticated the request,
 * otherwise (health checks) the remote address. Runs after the security filter, so a forged token can never
 * spend someone else's budget; requests refused there with 401 never reach it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "ledger.rate-limit.enabled", notEquals = "false")
class RateLimitFilter implements Ordered {

    private final RateLimiter limiter;
    private final ErrorResponseProcessor<?> errors;

    RateLimitFilter(RateLimiter limiter, ErrorResponseProcessor<?> errors) {
        this.limiter = limiter;
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> limit(HttpRequest<?> request) {
        OptionalLong retryAfter = limiter.tryAcquire(client(request));
        if (retryAfter.isEmpty()) {
            return null;
        }
        long seconds = retryAfter.getAsLong();
        return errors.processResponse(
                ErrorContext.builder(request)
                        .error(new TitledError("请求过于频繁", "请求过于频繁，请在 " + seconds + " 秒后重试"))
                        .build(),
                HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    private static String client(HttpRequest<?> request) {
        return request.getUserPrincipal()
                .map(Principal::getName)
                .map(sub -> "sub:" + sub)
                .orElseGet(() -> {
                    InetSocketAddress remote = request.getRemoteAddress();
                    return "addr:" + (remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString());
                });
    }
}
