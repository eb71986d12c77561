package io.responseledger.cases.support;

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

/**
 * Mints bearer tokens as the local environment trusts them (HS256 with {@code LEDGER_LOCAL_JWT_SECRET}, issuer
 * response-ledger-local, audience response-ledger, valid for an hour), and the ones it must refuse.
 */
public final class Tokens {

    public static final String ISSUER = "response-ledger-local";
    public static final String AUDIENCE = "response-ledger";

    private Tokens() {
    }

    public static String monitor() {
        return of("test-monitor", List.of("MONITOR"), null);
    }

    public static String supervisor() {
        return of("test-supervisor", List.of("SUPERVISOR"), null);
    }

    public static String leader() {
        return of("test-leader", List.of("LEADER"), null);
    }

    public static String officer(String unit) {
        return of("test-officer-" + unit, List.of("OFFICER"), unit);
    }

    public static String of(String subject, List<String> roles, @Nullable String unit) {
        return sign(claims(subject, roles, unit, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofHours(1))).build(),
                secret());
    }

    public static String expired(String subject, List<String> roles) {
        return sign(claims(subject, roles, null, ISSUER, AUDIENCE, Instant.now().minus(Duration.ofMinutes(5)))
                .build(), secret());
    }

    public static String withoutExpiry(String subject, List<String> roles) {
        return sign(claims(subject, roles, null, ISSUER, AUDIENCE, null).build(), secret());
    }

    public static String signedWithAnotherKey(String subject, List<String> roles) {
        return sign(claims(subject, roles, null, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofHours(1))).build(),
                "another-key-nobody-trusts-0123456789abcdef");
    }

    public static String fromIssuer(String issuer, String subject, List<String> roles) {
        return sign(claims(subject, roles, null, issuer, AUDIENCE, Instant.now().plus(Duration.ofHours(1))).build(),
                secret());
    }

    public static String forAudience(String audience, String subject, List<String> roles) {
        return sign(claims(subject, roles, null, ISSUER, audience, Instant.now().plus(Duration.ofHours(1))).build(),
                secret());
    }

    private static JWTClaimsSet.Builder claims(String subject, List<String> roles, @Nullable String unit,
                                               String issuer, String audience, @Nullable Instant expiry) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(60)))
                .claim("roles", roles);
        if (expiry != null) {
            claims.expirationTime(Date.from(expiry));
        }
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims;
    }

    private static String sign(JWTClaimsSet claims, String key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    private static String secret() {
        String secret = System.getenv("LEDGER_LOCAL_JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("LEDGER_LOCAL_JWT_SECRET is not set; the root pom sets it for tests");
        }
        return secret;
    }
}
