package io.responseledger.cases.security;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SignatureConfigurationCheckTest {

    private static final String JWKS_URL = "micronaut.security.token.jwt.signatures.jwks.idp.url";
    private static final String LOCAL_SECRET = "micronaut.security.token.jwt.signatures.secret.local.secret";

    @Test
    void identityProviderEnvironmentWithoutAJwksUrlDoesNotStart() {
        assertThatThrownBy(() -> new SignatureConfigurationCheck(environment(Set.of("idp"), Map.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("LEDGER_JWKS_URL");
        assertThatThrownBy(() -> new SignatureConfigurationCheck(environment(Set.of("idp"),
                Map.of(JWKS_URL, "file:///etc/keys.json"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("LEDGER_JWKS_URL");
        assertThatCode(() -> new SignatureConfigurationCheck(environment(Set.of("idp"),
                Map.of(JWKS_URL, "https://idp.example.gov.cn/jwks")))).doesNotThrowAnyException();
    }

    @Test
    void localEnvironmentNeedsAKeyOfAtLeast32Bytes() {
        assertThatThrownBy(() -> new SignatureConfigurationCheck(environment(Set.of("local"), Map.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("LEDGER_LOCAL_JWT_SECRET");
        assertThatThrownBy(() -> new SignatureConfigurationCheck(environment(Set.of("local"),
                Map.of(LOCAL_SECRET, "0123456789abcdef0123456789abcde"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("32");
        assertThatCode(() -> new SignatureConfigurationCheck(environment(Set.of("local"),
                Map.of(LOCAL_SECRET, "0123456789abcdef0123456789abcdef")))).doesNotThrowAnyException();
    }

    @Test
    void withoutEitherEnvironmentTheServiceStartsAndRefusesEveryToken() {
        assertThatCode(() -> new SignatureConfigurationCheck(environment(Set.of(), Map.of())))
                .doesNotThrowAnyException();
    }

    private static Environment environment(Set<String> active, Map<String, String> properties) {
        Environment environment = mock(Environment.class);
        when(environment.getActiveNames()).thenReturn(active);
        when(environment.getProperty(anyString(), eq(String.class))).thenReturn(Optional.empty());
        properties.forEach((name, value) ->
                when(environment.getProperty(name, String.class)).thenReturn(Optional.of(value)));
        return environment;
    }
}
