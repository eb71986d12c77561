package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.ReportSource;

import java.time.Instant;

/**
 * A valid report from any intake channel (a monitor's submission, a hotline message), before personal data is
 * masked and the report is published. Title and body may still hold personal data in full.
 *
 * @param topicArea     a configured topic-area code, or null for the default
 * @param reporterName  the reporter's name when the channel gives it (the hotline's caller)
 * @param reporterPhone the reporter's phone number when the channel gives it
 */
public record ReportDraft(
        ReportSource source,
        @Nullable String externalId,
        String title,
        String body,
        @Nullable String topicArea,
        @Nullable String url,
        @Nullable Instant occurredAt,
        Instant observedAt,
        @Nullable String reporterName,
        @Nullable String reporterPhone) {

    /** Keeps text and personal data out of logs that print the draft. */
    @Override
    public String toString() {
        return "ReportDraft[source=" + source + ", externalId=" + externalId + ", topicArea=" + topicArea + "]";
    }
}
