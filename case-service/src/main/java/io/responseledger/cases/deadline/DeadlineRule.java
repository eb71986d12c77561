package io.responseledger.cases.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;

import java.time.Duration;
import java.util.Set;

/**
 * One deadline policy (回应时限): which cases it covers and by when they must be answered.
 *
 * @param name                  its key; a stored rule replaces the configured rule of the same name
 * @param severities            the severities it covers; empty: all
 * @param channels              the intake channels it covers; empty: all
 * @param responseWithin        time allowed for the (first) response
 * @param counting              whether that time runs on every day or on working days only
 * @param pressConferenceWithin for major emergencies: time allowed for the press conference; null if none
 * @param source                CONFIGURATION or ADMIN (stored through the admin API)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeadlineRule(
        String name,
        Set<Severity> severities,
        Set<ReportSource> channels,
        Duration responseWithin,
        Counting counting,
        @Nullable Duration pressConferenceWithin,
        String source) {

    public DeadlineRule {
        severities = Set.copyOf(severities);
        channels = Set.copyOf(channels);
    }

    boolean covers(Severity severity, ReportSource channel) {
        return (severities.isEmpty() || severities.contains(severity))
                && (channels.isEmpty() || channels.contains(channel));
    }

    /** A rule naming the severity beats one naming the channel, which beats a catch-all. */
    int specificity() {
        return (severities.isEmpty() ? 0 : 2) + (channels.isEmpty() ? 0 : 1);
    }
}
