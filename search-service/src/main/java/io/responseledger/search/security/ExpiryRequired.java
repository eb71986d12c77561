package io.responseledger.search.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses tokens without {@code exp}. Micronaut's expiration validator only refuses expired tokens and lets a
 * token without expiry through, which would make a leaked token valid for ever.
 */
@Singleton
class ExpiryRequired<T> implements GenericJwtClaimsValidator<T> {

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return claims.get(Claims.EXPIRATION_TIME) != null;
    }
}
