package io.responseledger.search.rebuild;

import java.util.UUID;

/** A rebuild was asked for while another one is still running; answered with 409. */
class RebuildRunningException extends RuntimeException {

    private final UUID running;

    RebuildRunningException(UUID running) {
        super("rebuild " + running + " is still running");
        this.running = running;
    }

    UUID running() {
        return running;
    }
}
