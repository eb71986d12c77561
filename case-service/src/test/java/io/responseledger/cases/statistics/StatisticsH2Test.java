package io.responseledger.cases.statistics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.support.H2TestDatabase;

import java.util.Map;

@MicronautTest(transactional = false)
class StatisticsH2Test extends StatisticsContract {

    @Override
    protected Map<String, String> databaseProperties() {
        return H2TestDatabase.properties();
    }
}
