package io.responseledger.cases.importing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/** The historical import on PostgreSQL, in a schema of its own; skipped, with the reason, without PostgreSQL. */
@ExtendWith(PostgresTestDatabase.class)
@MicronautTest(transactional = false, environments = "postgres")
class LedgerImportPostgresTest extends LedgerImportContract {

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
