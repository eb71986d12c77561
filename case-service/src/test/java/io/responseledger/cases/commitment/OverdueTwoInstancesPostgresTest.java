package io.responseledger.cases.commitment;

import io.responseledger.cases.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/** Two instances on one PostgreSQL schema; skipped, with the reason, when PostgreSQL is unreachable. */
@ExtendWith(PostgresTestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverdueTwoInstancesPostgresTest extends OverdueTwoInstancesContract {

    private final String schema = PostgresTestDatabase.newSchemaName();

    @Override
    protected Map<String, String> databaseProperties() {
        return PostgresTestDatabase.freshSchemaProperties(schema);
    }

    @Override
    protected String[] environments() {
        return new String[] {"test", "postgres"};
    }

    @AfterAll
    void dropSchema() {
        PostgresTestDatabase.dropSchema(schema);
    }
}
