package io.responseledger.cases.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Adds the security headers of docs/security.md to every response. It wraps the whole chain, before routing and
 * ahead of every other filter, so it also sees the answers filters give on their own: CORS preflights (which
 * Micronaut answers before routing, out of reach of ordinary response filters), 401, 403, 404, 413, 429.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    @PreMatching
    @RequestFilter
    Publisher<MutableHttpResponse<?>> wrap(FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        return Mono.from(chain.proceed()).doOnNext(SecurityHeadersFilter::addSecurityHeaders);
    }

    static void addSecurityHeaders(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.set("Referrer-Policy", "no-referrer");
        // Case data and personal data must not stay in browser or proxy caches.
        headers.set("Cache-Control", "no-store");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
