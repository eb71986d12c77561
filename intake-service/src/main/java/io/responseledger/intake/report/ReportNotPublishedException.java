package io.responseledger.intake.report;

import java.util.UUID;

/** Kafka did not acknowledge a report in time; the caller must send it again. */
public class ReportNotPublishedException extends RuntimeException {

    ReportNotPublishedException(UUID reportId, Throwable cause) {
        // The message names only the id: the cause's wrappers may print the record, and with it personal data.
        super("Report " + reportId + " was not acknowledged by Kafka", cause);
    }
}
