package io.responseledger.cases.deadline;

import io.responseledger.cases.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/** Two instances on one PostgreSQL schema; skipped, with the reason, when PostgreSQL cannot be reached. */
@ExtendWith(PostgresTestDatabase.class)
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

    @AfterEach
    void dropSchema() {
        PostgresTestDatabase.dropSchema(schema);
    }
}
