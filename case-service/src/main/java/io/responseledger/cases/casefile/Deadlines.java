package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * The deadlines a case is measured against, as the deadline policy computes them.
 *
 * @param responseDueAt        when the (first) response is due; null when no policy applies
 * @param pressConferenceDueAt for major emergencies: when a press conference must have been held
 */
public record Deadlines(@Nullable Instant responseDueAt, @Nullable Instant pressConferenceDueAt) {

    public static Deadlines none() {
        return new Deadlines(null, null);
    }
}
