package io.responseledger.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An opinion report accepted by intake, as published to {@link Topics#OPINION_REPORTS}.
 *
 * @param reportId    stable id: the same report sent twice carries the same id, so consumers deduplicate on it
 * @param externalId  the id the source gave it (post id, hotline work-order number), if any
 * @param topicArea   topic-area code (e.g. {@code wage-arrears}); {@code other} when nobody has decided yet
 * @param occurredAt  when the reported matter happened, if known
 * @param observedAt  when the monitor saw it or the hotline received it
 * @param submittedAt when intake accepted it
 * @param personalData the reporter's contact details and those found in the text, which holds only their
 *                     masked forms; null on reports published before it existed
 */
@Serdeable
public record ReportSubmitted(
        UUID reportId,
        ReportSource source,
        @Nullable String externalId,
        String title,
        String body,
        String topicArea,
        @Nullable String url,
        @Nullable Instant occurredAt,
        Instant observedAt,
        Instant submittedAt,
        @Nullable PersonalData personalData) {

    /** The report's personal data, never null. */
    public PersonalData personalDataOrNone() {
        return personalData == null ? PersonalData.none() : personalData;
    }

    /** Keeps titles and bodies, which may hold what masking missed, out of logs that print a record. */
    @Override
    public String toString() {
        return "ReportSubmitted[reportId=%s, source=%s, externalId=%s, topicArea=%s]"
                .formatted(reportId, source, externalId, topicArea);
    }
}
