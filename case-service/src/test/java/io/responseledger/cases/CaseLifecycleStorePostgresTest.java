package io.responseledger.cases;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/**
 * The case lifecycle on PostgreSQL, with the {@code postgres} environment's configuration, in a schema of its own
 * that is dropped afterwards. Skipped, with the reason, when PostgreSQL cannot be reached.
 */
@ExtendWith(PostgresTestDatabase.class)
@MicronautTest(startApplication = false, transactional = false, environments = "postgres")
class CaseLifecycleStorePostgresTest extends CaseLifecycleStoreContract {

    private final String schema = PostgresTestDatabase.newSchemaName();

    @Override
    protected Map<String, String> databaseProperties() {
        return PostgresTestDatabase.freshSchemaProperties(schema);
    }

    @AfterAll
    void dropSchema() {
        PostgresTestDatabase.dropSchema(schema);
    }
}
