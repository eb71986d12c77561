package io.responseledger.search.query;

/** Elasticsearch cannot answer right now; the client should try again later. */
class SearchUnavailableException extends RuntimeException {

    SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
