package io.responseledger.search.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

/**
 * A signature configuration that verifies nothing, present in every environment.
 *
 * <p>micronaut-security-jwt accepts an unsigned token ({@code "alg": "none"}) whenever no signature
 * configuration exists, which is exactly the state of this service outside the {@code local} and {@code idp}
 * environments. With this bean there is always one configuration, so unsigned tokens are refused everywhere
 * and "no environment" means "every token fails", as docs/security.md promises. It never vouches for a signed
 * token either: the configured secret or JWKS does that.
 */
@Singleton
class UnsignedTokensRejected implements SignatureConfiguration {

    @Override
    public String supportedAlgorithmsMessage() {
        return "none: this configuration only makes unsigned tokens fail";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return false;
    }

    @Override
    public boolean verify(SignedJWT jwt) {
        return false;
    }

    @Override
    public String toString() {
        return "UnsignedTokensRejected";
    }
}
