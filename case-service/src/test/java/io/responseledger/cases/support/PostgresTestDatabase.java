package io.responseledger.cases.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL that tests run against: {@code CASE_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code CASE_TEST_PG_USER} (default {@code postgres}),
 * {@code CASE_TEST_PG_PASSWORD} (default empty). As an {@link ExecutionCondition} it skips a test class, with the
 * reason, when that database cannot be reached. Each test context gets a schema of its own, dropped afterwards.
 */
public final class PostgresTestDatabase implements ExecutionCondition {

    public static final String URL = env("CASE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("CASE_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("CASE_TEST_PG_PASSWORD", "");

    private static volatile Optional<String> unreachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return unreachableReason()
                .map(reason -> {
                    String message = "PostgreSQL not reachable at " + URL + " as " + USER + ": " + reason;
                    // CI sets this so a PostgreSQL that should be there fails the build instead of being skipped.
                    if (Boolean.parseBoolean(System.getenv("LEDGER_REQUIRE_POSTGRES"))) {
                        throw new IllegalStateException(message + " (LEDGER_REQUIRE_POSTGRES is set)");
                    }
                    return ConditionEvaluationResult.disabled(message);
                })
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL reachable at " + URL));
    }

    /** A new schema name, and the properties that point the default datasource and Flyway at it. */
    public static Map<String, String> freshSchemaProperties(String schema) {
        String separator = URL.contains("?") ? "&" : "?";
        return Map.of(
                "datasources.default.url", URL + separator + "currentSchema=" + schema,
                "datasources.default.username", USER,
                "datasources.default.password", PASSWORD,
                "flyway.datasources.default.schemas", schema,
                "flyway.datasources.default.create-schemas", "true");
    }

    public static String newSchemaName() {
        return "case_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test schema " + schema, e);
        }
    }

    private static synchronized Optional<String> unreachableReason() {
        if (unreachable == null) {
            DriverManager.setLoginTimeout(5);
            try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
                connection.isValid(5);
                unreachable = Optional.empty();
            } catch (SQLException e) {
                unreachable = Optional.of(e.getMessage());
            }
        }
        return unreachable;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
