package io.responseledger.contracts;

import io.micronaut.core.annotation.Creator;
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
 * @param region       administrative region the matter concerns (e.g. 长沙市岳麓区), if known
 * @param authorHandle the posting account's handle on a social platform (not a person's real name)
 * @param engagement   reposts, comments and likes when observed; null when not applicable
 * @param severity     severity set by the monitor; null leaves it to the case service's default
 * @param topicSuggestion how {@code topicArea} was decided; null on reports published before it existed
 * @param hotline      the hotline work order this report came from; null for other channels
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
        @Nullable PersonalData personalData,
        @Nullable String region,
        @Nullable String authorHandle,
        @Nullable Engagement engagement,
        @Nullable Severity severity,
        @Nullable TopicSuggestion topicSuggestion,
        @Nullable HotlineOrder hotline) {

    /** The canonical constructor is the one deserialisation uses. */
    @Creator
    public ReportSubmitted {
    }

    /** A report without the fields added for channels, routing and heat (kept for older callers and tests). */
    public ReportSubmitted(UUID reportId, ReportSource source, @Nullable String externalId, String title,
                           String body, String topicArea, @Nullable String url, @Nullable Instant occurredAt,
                           Instant observedAt, Instant submittedAt, @Nullable PersonalData personalData) {
        this(reportId, source, externalId, title, body, topicArea, url, occurredAt, observedAt, submittedAt,
                personalData, null, null, null, null, null, null);
    }

    /** The report's engagement, zero when none was given. */
    public Engagement engagementOrNone() {
        return engagement == null ? Engagement.none() : engagement;
    }

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
