package io.responseledger.intake.report;

/**
 * A report as one channel's wire format carries it. Its Bean Validation constraints check the shape of that
 * format (required fields, allowed values); {@link ReportPipeline} checks them, then turns it into a
 * {@link ReportDraft}, which it normalises and validates the same way for every channel.
 */
public interface ReportSubmission {

    /** The report in the common shape; called only when the submission's own constraints hold. */
    ReportDraft toDraft();
}
