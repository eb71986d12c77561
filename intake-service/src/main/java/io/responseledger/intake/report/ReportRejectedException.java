package io.responseledger.intake.report;

import java.util.List;

/** A report that is not acceptable as it stands; the sender must fix the fields named. */
public class ReportRejectedException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ReportRejectedException(List<FieldError> errors) {
        // The message names fields only: their values may be personal data.
        super("Report rejected: " + errors.stream().map(e -> e.field() + "=" + e.code()).toList(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
