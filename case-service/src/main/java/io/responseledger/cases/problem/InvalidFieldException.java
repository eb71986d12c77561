package io.responseledger.cases.problem;

/**
 * A request field that passed bean validation but is still wrong (a date outside its year, a header that is not a
 * version). Answered with 400 naming the field, like every other field problem.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** In Chinese. */
    public String reason() {
        return reason;
    }
}
