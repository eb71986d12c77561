package io.responseledger.search.query;

/** Elasticsearch cannot answer right now; the client should try again later. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
