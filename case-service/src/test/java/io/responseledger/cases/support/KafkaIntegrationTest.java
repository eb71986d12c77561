package io.responseledger.cases.support;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The whole service against the local Kafka broker (started by deploy/local/infra around the integration tests)
 * and a fresh H2 file database. Each test context consumes with a consumer group of its own so it does not take
 * partitions from a case-service running beside it; it reads the reports topic from the beginning, so tests tell
 * their data apart by ids and topic areas of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KafkaIntegrationTest implements TestPropertyProvider {

    protected static final String BOOTSTRAP_SERVERS = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(H2TestDatabase.properties());
        properties.put("kafka.bootstrap.servers", BOOTSTRAP_SERVERS);
        properties.put("ledger.cases.reports.group-id", "case-service-it-" + UUID.randomUUID());
        properties.put("ledger.cases.reports.retry-delay", "200ms");
        properties.put("ledger.cases.outbox.relay.interval", "100ms");
        // Tests poll for cases with one token; the rate limit itself is tested in RateLimitTest.
        properties.put("ledger.rate-limit.requests-per-minute", "60000");
        properties.put("ledger.rate-limit.burst", "1000");
        return properties;
    }

    /** A topic area no earlier run used, so that list totals count only this run's cases. */
    protected static String uniqueTopicArea() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
