package io.responseledger.cases.support;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * The HTTP API on a fresh H2 file database, without Kafka: for tests of who may call what, which open their
 * cases through {@link io.responseledger.cases.report.CaseOpening} directly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpTestWithoutKafka implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(H2TestDatabase.properties());
        properties.put("kafka.enabled", "false");
        properties.put("ledger.cases.outbox.relay.enabled", "false");
        return properties;
    }
}
