package io.responseledger.cases.importing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.H2TestDatabase;

import java.util.Map;

/** The historical import on the embedded default database. */
@MicronautTest(transactional = false)
class LedgerImportH2Test extends LedgerImportContract {

    @Override
    protected Map<String, String> databaseProperties() {
        return H2TestDatabase.properties();
    }
}
