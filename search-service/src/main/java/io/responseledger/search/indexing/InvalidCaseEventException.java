package io.responseledger.search.indexing;

/** A record on the case-event topic that can never be indexed as it is; it goes to the dead-letter topic. */
public class InvalidCaseEventException extends Exception {

    public InvalidCaseEventException(String reason) {
        super(reason);
    }
}
