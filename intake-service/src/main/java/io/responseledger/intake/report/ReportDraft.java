package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.Engagement;
import io.responseledger.contracts.HotlineOrder;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;

import java.time.Instant;
import java.util.Map;

/**
 * A report from any intake channel (a monitor's submission, a hotline message) in one shape, before
 * {@link ReportPipeline} normalises, validates, masks and routes it. Text is as it came and may hold personal
 * data in full.
 *
 * @param title         null for a hotline message: the pipeline builds it from the work order
 * @param topicArea     a configured topic-area code set by the monitor, or null to let routing decide
 * @param reporterName  the reporter's name when the channel gives it (the hotline's caller)
 * @param reporterPhone the reporter's phone number when the channel gives it
 * @param hotline       the work order for hotline messages, else null
 * @param wireNames     how the sender's format names a field of this record when it differs
 *                      ({@code body} → {@code content}), so that rejections name what the sender wrote
 */
public record ReportDraft(
        ReportSource source,
        @Nullable String externalId,
        @Nullable String title,
        @Nullable String body,
        @Nullable String topicArea,
        @Nullable String url,
        @Nullable Instant occurredAt,
        @Nullable Instant observedAt,
        @Nullable String region,
        @Nullable String authorHandle,
        @Nullable Engagement engagement,
        @Nullable Severity severity,
        @Nullable String reporterName,
        @Nullable String reporterPhone,
        @Nullable HotlineOrder hotline,
        Map<String, String> wireNames) {

    public ReportDraft {
        wireNames = wireNames == null ? Map.of() : Map.copyOf(wireNames);
    }

    /** The sender's name for a field of this record. */
    public String wireName(String field) {
        return wireNames.getOrDefault(field, field);
    }

    /** Keeps text and personal data out of logs that print the draft. */
    @Override
    public String toString() {
        return "ReportDraft[source=" + source + ", externalId=" + externalId + ", topicArea=" + topicArea + "]";
    }
}
