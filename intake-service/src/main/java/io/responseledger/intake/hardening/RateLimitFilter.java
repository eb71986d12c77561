package io.responseledger.intake.hardening;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.intake.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.Principal;

/**
 * Over its limit a client gets 429 with {@code Retry-After} (whole seconds) and the request goes no further.
 *
 * <p>Runs right after the security filter, so the client is the token's subject when there is a valid token,
 * and the remote address otherwise. Requests the security filter refuses (401, 403) never get here. Health is
 * not limited: load balancers and scripts poll it, and it answers nothing but UP or DOWN.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "ledger.rate-limit.enabled", notEquals = StringUtils.FALSE, defaultValue = StringUtils.TRUE)
class RateLimitFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);

    private final ClientRateLimiter limiter;
    private final ErrorResponseProcessor<?> processor;

    RateLimitFilter(ClientRateLimiter limiter, ErrorResponseProcessor<?> processor) {
        this.limiter = limiter;
        this.processor = processor;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.equals("/health") || path.startsWith("/health/")) {
            return null;
        }
        ClientRateLimiter.Decision decision = limiter.tryAcquire(client(request));
        if (decision.allowed()) {
            return null;
        }
        LOG.debug("Rate limit exceeded: {} {}", request.getMethodName(), path);
        String seconds = String.valueOf(decision.retryAfterSeconds());
        return Problems.of(processor, request,
                HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, seconds),
                "请求过于频繁", "已超过请求频率限制，请在 " + seconds + " 秒后重试");
    }

    private static String client(HttpRequest<?> request) {
        Principal principal = request.getUserPrincipal().orElse(null);
        if (principal != null && principal.getName() != null) {
            return "sub:" + principal.getName();
        }
        var remote = request.getRemoteAddress();
        return "addr:" + (remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString());
    }
}
