package io.responseledger.cases.importing;

/** The file as a whole cannot be imported; the message says why, in Chinese, and becomes the import's failure. */
class ImportFailure extends RuntimeException {

    ImportFailure(String message) {
        super(message);
    }

    ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
