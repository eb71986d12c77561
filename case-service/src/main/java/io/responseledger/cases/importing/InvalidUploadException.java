package io.responseledger.cases.importing;

/** The upload cannot be a past ledger at all (empty, another format): a 400 naming the field {@code file}. */
class InvalidUploadException extends RuntimeException {

    InvalidUploadException(String message) {
        super(message);
    }
}
