package io.responseledger.cases.commitment;

import io.responseledger.cases.support.H2TestDatabase;

import java.util.Map;

/** Two instances on one H2 file database. */
class OverdueTwoInstancesH2Test extends OverdueTwoInstancesContract {

    private final Map<String, String> database = H2TestDatabase.properties();

    @Override
    protected Map<String, String> databaseProperties() {
        return database;
    }

    @Override
    protected String[] environments() {
        return new String[] {"test"};
    }
}
