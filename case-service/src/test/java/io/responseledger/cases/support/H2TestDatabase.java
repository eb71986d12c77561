package io.responseledger.cases.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** A fresh H2 file database under target/, one per test context. */
public final class H2TestDatabase {

    private H2TestDatabase() {
    }

    public static Map<String, String> properties() {
        Path dir = Path.of("target", "test-h2", UUID.randomUUID().toString()).toAbsolutePath();
        return Map.of("datasources.default.url", "jdbc:h2:file:" + dir + "/cases;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
    }
}
