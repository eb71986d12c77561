package io.responseledger.cases.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

/**
 * Checks at startup that the environment's token signature configuration is usable, so that a missing
 * {@code LEDGER_JWKS_URL} or a short local key stops the service at once instead of failing every request
 * later; and says so when no environment that trusts signatures is active (every request then gets 401).
 */
@Context
class SignatureConfigurationCheck {

    static final String LOCAL = "local";
    static final String IDP = "idp";
    private static final String JWKS_URL = "micronaut.security.token.jwt.signatures.jwks.idp.url";
    private static final String LOCAL_SECRET = "micronaut.security.token.jwt.signatures.secret.local.secret";
    private static final int MIN_SECRET_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SignatureConfigurationCheck.class);

    SignatureConfigurationCheck(Environment environment) {
        boolean idp = environment.getActiveNames().contains(IDP);
        boolean local = environment.getActiveNames().contains(LOCAL);
        if (idp) {
            String url = required(environment, JWKS_URL, "LEDGER_JWKS_URL");
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw new ConfigurationException("LEDGER_JWKS_URL must be an http(s) URL");
            }
        }
        if (local) {
            String secret = required(environment, LOCAL_SECRET, "LEDGER_LOCAL_JWT_SECRET");
            if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                throw new ConfigurationException("LEDGER_LOCAL_JWT_SECRET must be at least " + MIN_SECRET_BYTES
                        + " bytes long");
            }
        }
        if (!idp && !local) {
            LOG.warn("Neither the '{}' nor the '{}' environment is active: no token signature is trusted and every "
                    + "request except /health is refused with 401", IDP, LOCAL);
        }
    }

    private static String required(Environment environment, String property, String variable) {
        String value;
        try {
            value = environment.getProperty(property, String.class).orElse(null);
        } catch (ConfigurationException e) {
            throw new ConfigurationException(variable + " must be set in this environment", e);
        }
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(variable + " must be set in this environment");
        }
        return value.strip();
    }
}
