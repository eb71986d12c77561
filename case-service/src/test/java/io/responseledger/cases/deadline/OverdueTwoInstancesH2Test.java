package io.responseledger.cases.deadline;

import io.responseledger.cases.support.H2TestDatabase;

import java.util.Map;

/** Two instances on one H2 file database. */
class OverdueTwoInstancesH2Test extends OverdueTwoInstancesContract {

    @Override
    protected Map<String, String> databaseProperties() {
        return H2TestDatabase.properties();
    }
}
