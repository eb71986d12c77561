package io.responseledger.cases.statistics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

@ExtendWith(PostgresTestDatabase.class)
@MicronautTest(transactional = false, environments = "postgres")
class StatisticsPostgresTest extends StatisticsContract {

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
