package io.responseledger.search.indexing;

/**
 * Indexing failed for a reason that will pass (Elasticsearch or the broker unreachable, overloaded, or the
 * index not there yet). The listener's error strategy retries exactly this type, without committing the
 * offset, for as long as it takes.
 */
public class TransientIndexingException extends RuntimeException {

    TransientIndexingException(String message, Throwable cause) {
        super(message, cause);
    }

    TransientIndexingException(String message) {
        super(message);
    }
}
