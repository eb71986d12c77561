package io.responseledger.search.indexing;

/**
 * Indexing failed for a reason that will pass (Elasticsearch or the broker unreachable, overloaded, or the
 * index not there yet). The listener retries the whole poll, without committing its offsets, for as long as
 * it takes; a rebuild retries the batch a configured number of times.
 */
public class TransientIndexingException extends RuntimeException {

    TransientIndexingException(String message, Throwable cause) {
        super(message, cause);
    }

    TransientIndexingException(String message) {
        super(message);
    }
}
