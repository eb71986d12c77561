package io.responseledger.search.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * A request that matches no route is refused with 401 when it carries no valid token, so nobody learns
 * anonymously which paths exist; with a valid token it goes on to the ordinary 404 (or 405). Needed because
 * {@code micronaut.security.reject-not-found} is off: left on, a signed-in user would get 403 for a typo.
 * Routes that exist are decided by {@code @Secured} (a route without it is refused for everyone).
 */
@Singleton
class RouteRequiresToken implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request != null && authentication == null && RouteAttributes.getRouteMatch(request).isEmpty()) {
            return Publishers.just(SecurityRuleResult.REJECTED);
        }
        return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
}
