package io.responseledger.cases.commitment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/** Commitment tracking on PostgreSQL, in a schema of its own; skipped, with the reason, when unreachable. */
@ExtendWith(PostgresTestDatabase.class)
@MicronautTest(startApplication = false, transactional = false, environments = "postgres")
class CommitmentStorePostgresTest extends CommitmentStoreContract {

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
