package io.responseledger.cases.security;

import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.responseledger.cases.problem.Problems;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Per-client rate limit (docs/security.md, hardening): a client is the token subject, or the remote address for
 * requests without one (health). Runs after the security filter, so the subject is a verified one and no caller
 * can spend another's allowance. Over the limit: 429 with {@code Retry-After} in seconds. The limit is per
 * instance; in production a gateway in front holds the global one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "ledger.rate-limit.enabled", notEquals = "false")
class RateLimitFilter implements Ordered {

    private final ClientBuckets buckets;
    private final ErrorResponseProcessor<?> processor;
    private final long requestsPerMinute;
    private final long burst;

    RateLimitFilter(@Value("${ledger.rate-limit.requests-per-minute:600}") long requestsPerMinute,
                    @Value("${ledger.rate-limit.burst:100}") long burst,
                    @Value("${ledger.rate-limit.max-clients:10000}") int maxClients,
                    ErrorResponseProcessor<?> processor) {
        this.buckets = new ClientBuckets(requestsPerMinute, burst, maxClients, System::nanoTime);
        this.processor = processor;
        this.requestsPerMinute = requestsPerMinute;
        this.burst = burst;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        ConsumptionProbe probe = buckets.forClient(client(request)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return Problems.of(processor, request, HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁",
                        "每个用户每分钟最多 %d 次请求（瞬时最多 %d 次），请在 %d 秒后重试"
                                .formatted(requestsPerMinute, burst, retryAfter))
                .header("Retry-After", Long.toString(retryAfter));
    }

    private static String client(HttpRequest<?> request) {
        Authentication authentication = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .orElse(null);
        if (authentication != null) {
            return "sub:" + authentication.getName();
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return "addr:" + (remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
