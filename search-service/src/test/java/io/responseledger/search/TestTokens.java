package io.responseledger.search;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Mints HS256 tokens the way {@code deploy/local/token} does: signed with the test key the build passes in
 * {@code LEDGER_LOCAL_JWT_SECRET}, issuer {@code response-ledger-local}, audience {@code response-ledger},
 * valid for an hour. The variants break exactly one thing each.
 */
public final class TestTokens {

    public static final String ISSUER = "response-ledger-local";
    public static final String AUDIENCE = "response-ledger";

    private TestTokens() {
    }

    /** A token of a demo user with this one role (use with {@code HttpRequest#bearerAuth}). */
    public static String forRole(String role) {
        return token(role.toLowerCase(Locale.ROOT) + "-demo", role, null);
    }

    public static String token(String sub, String role, @Nullable String unit) {
        return sign(claims(sub, role, unit).build(), secret());
    }

    public static String officer(String sub, String unit) {
        return token(sub, "OFFICER", unit);
    }

    public static String expired(String role) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(claims("expired-user", role, null)
                .issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofHours(1))))
                .build(), secret());
    }

    public static String signedWithAnotherKey(String role) {
        return sign(claims("forger", role, null).build(), "another-key-that-nobody-trusts-0123456789abcdef");
    }

    public static String withIssuer(String role, String issuer) {
        return sign(claims("elsewhere-user", role, null).issuer(issuer).build(), secret());
    }

    public static String withAudience(String role, String audience) {
        return sign(claims("elsewhere-user", role, null).audience(audience).build(), secret());
    }

    /** A token with {@code "alg": "none"}: claims anyone could write, no signature. */
    public static String unsigned(String role) {
        return new com.nimbusds.jwt.PlainJWT(claims("unsigned-" + role.toLowerCase(java.util.Locale.ROOT), role, null)
                .build()).serialize();
    }

    public static String withoutExpiry(String role) {
        return sign(claims("forever-user", role, null).expirationTime(null).build(), secret());
    }

    private static JWTClaimsSet.Builder claims(String sub, String role, @Nullable String unit) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(sub)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("roles", List.of(role))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims;
    }

    private static String secret() {
        String secret = System.getenv("LEDGER_LOCAL_JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("LEDGER_LOCAL_JWT_SECRET is not set; run the tests through Maven");
        }
        return secret;
    }

    private static String sign(JWTClaimsSet claims, String key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
