package io.responseledger.cases.commitment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.H2TestDatabase;

import java.util.Map;

/** Commitment tracking on the embedded default database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false, transactional = false)
class CommitmentStoreH2Test extends CommitmentStoreContract {

    @Override
    protected Map<String, String> databaseProperties() {
        return H2TestDatabase.properties();
    }
}
