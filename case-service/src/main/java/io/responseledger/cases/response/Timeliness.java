package io.responseledger.cases.response;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.cases.casefile.CaseFile;

import java.time.Duration;
import java.time.Instant;

/**
 * How timely a response was (回应时效): the deadline it is measured against, whether it met it, and the time from
 * the case's opening to publication with the time the clock was paused left out.
 *
 * @param dueAt  null when no deadline applied
 * @param onTime null when no deadline applied
 */
record Timeliness(@Nullable Instant dueAt, @Nullable Boolean onTime, long timeToRespondSeconds) {

    /**
     * A press conference of a major emergency answers the press-conference deadline, anything else the response
     * one.
     *
     * @param before   the case before the response, whose running pause counts up to publication
     * @param caseFile the case after it, whose deadlines a running pause has moved
     */
    static Timeliness of(CaseFile before, CaseFile caseFile, ResponseChannel channel, Instant publishedAt) {
        Instant dueAt = channel == ResponseChannel.PRESS_CONFERENCE && caseFile.pressConferenceDueAt() != null
                ? caseFile.pressConferenceDueAt() : caseFile.responseDueAt();
        Boolean onTime = dueAt == null ? null : !publishedAt.isAfter(dueAt);
        long elapsed = Duration.between(caseFile.openedAt(), publishedAt).getSeconds();
        long toRespond = Math.max(0, elapsed - before.pausedSecondsUntil(publishedAt));
        return new Timeliness(dueAt, onTime, toRespond);
    }
}
