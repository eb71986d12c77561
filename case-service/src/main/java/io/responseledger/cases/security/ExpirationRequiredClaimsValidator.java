package io.responseledger.cases.security;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses tokens without {@code exp}. micronaut-security checks an expiry that is there but accepts a token
 * without one, which would be valid forever.
 */
@Singleton
class ExpirationRequiredClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    @Override
    public boolean validate(@NonNull Claims claims, @Nullable T request) {
        return claims.get(Claims.EXPIRATION_TIME) != null;
    }
}
