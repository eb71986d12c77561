package io.responseledger.cases;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.H2TestDatabase;

import java.util.Map;

/** The case lifecycle on the embedded default database, H2 in PostgreSQL mode. */
@MicronautTest(startApplication = false, transactional = false)
class CaseLifecycleStoreH2Test extends CaseLifecycleStoreContract {

    @Override
    protected Map<String, String> databaseProperties() {
        return H2TestDatabase.properties();
    }
}
