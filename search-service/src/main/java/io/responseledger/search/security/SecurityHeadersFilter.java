package io.responseledger.search.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;

/**
 * Adds the security headers to every response, errors included. Micronaut drops pre-matching filters from
 * the chain once a request is routed, so one method covers routed requests (including 401, 403, 404) and a
 * pre-matching one covers answers given before routing (a CORS preflight, a 413).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    @ResponseFilter
    void routed(MutableHttpResponse<?> response) {
        addHeaders(response);
    }

    @PreMatching
    @ResponseFilter
    void answeredBeforeRouting(MutableHttpResponse<?> response) {
        addHeaders(response);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static void addHeaders(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
    }
}
