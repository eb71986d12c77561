package io.responseledger.cases.commitment;

/**
 * A field of a commitment request is wrong in a way only the service can tell (a rectification deadline in the
 * past, a file of a type not allowed). Answered with 400 naming the field.
 */
class CommitmentInputException extends RuntimeException {

    private final String field;
    private final String reason;

    CommitmentInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
