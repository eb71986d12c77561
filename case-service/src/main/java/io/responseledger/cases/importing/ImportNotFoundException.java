package io.responseledger.cases.importing;

import java.util.UUID;

class ImportNotFoundException extends RuntimeException {

    private final UUID id;

    ImportNotFoundException(UUID id) {
        super("No import " + id);
        this.id = id;
    }

    UUID id() {
        return id;
    }
}
