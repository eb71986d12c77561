package io.responseledger.intake.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Bearer tokens for tests, shaped like those of deploy/local/token: HS256 with the local key
 * ({@code LEDGER_LOCAL_JWT_SECRET}, set for every test by the build), issuer {@code response-ledger-local},
 * audience {@code response-ledger}, one hour to live. Variants break exactly one thing.
 */
public final class Tokens {

    public static final String ISSUER = "response-ledger-local";
    public static final String AUDIENCE = "response-ledger";
    private static final String ANOTHER_KEY = "not-the-local-key-but-just-as-long-0123456789";

    private Tokens() {
    }

    /** A valid token of a test user with this one role; the subject is {@code test-<role>}. */
    public static String forRole(String role) {
        return signed(claims(subjectFor(role), role).build(), localSecret());
    }

    /** A valid token for the given subject and role, e.g. to tell two users of one role apart. */
    public static String forSubject(String subject, String role) {
        return signed(claims(subject, role).build(), localSecret());
    }

    public static String expired(String role) {
        return with(role, c -> c.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5)))));
    }

    public static String withoutExpiry(String role) {
        return with(role, c -> c.expirationTime(null));
    }

    public static String withIssuer(String role, String issuer) {
        return with(role, c -> c.issuer(issuer));
    }

    public static String withAudience(String role, String audience) {
        return with(role, c -> c.audience(audience));
    }

    /** Well-formed and unexpired, but signed with a key the service does not know. */
    public static String signedWithAnotherKey(String role) {
        return signed(claims(subjectFor(role), role).build(), ANOTHER_KEY);
    }

    /** {@code "alg": "none"}: claims anyone could have written. */
    public static String unsigned(String role) {
        return new PlainJWT(claims(subjectFor(role), role).build()).serialize();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String localSecret() {
        String secret = System.getenv("LEDGER_LOCAL_JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("LEDGER_LOCAL_JWT_SECRET is not set; run the tests through Maven");
        }
        return secret;
    }

    private static String with(String role, UnaryOperator<JWTClaimsSet.Builder> change) {
        return signed(change.apply(claims(subjectFor(role), role)).build(), localSecret());
    }

    private static String subjectFor(String role) {
        return "test-" + role.toLowerCase(Locale.ROOT);
    }

    private static JWTClaimsSet.Builder claims(String subject, String role) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", List.of(role))
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    private static String signed(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
