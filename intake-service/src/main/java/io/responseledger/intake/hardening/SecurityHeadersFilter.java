package io.responseledger.intake.hardening;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;

/**
 * Adds the security headers of docs/security.md to every response, errors included. This is an API that
 * answers JSON only: nothing may be framed, sniffed into another type, cached, or load anything.
 * First in both filter chains (before and after routing), so its response side runs last and sees every answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Answers to requests that matched a route, or that security or an error handler answered. */
    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        setHeaders(response);
    }

    /** Answers given before routing, such as a CORS preflight. */
    @PreMatching
    @ResponseFilter
    void addHeadersBeforeRouting(MutableHttpResponse<?> response) {
        setHeaders(response);
    }

    private static void setHeaders(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
    }
}
