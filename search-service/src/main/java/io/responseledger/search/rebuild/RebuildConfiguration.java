package io.responseledger.search.rebuild;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How a rebuild runs ({@code ledger.search.rebuild.*}).
 *
 * @param keepPrevious      indices of each kind kept after a switch besides the new one (the most recent
 *                          first), so the alias can be moved back by hand; older ones are deleted
 * @param writers           bulk requests in flight at once, each with part of one poll's events (split by
 *                          case); order does not matter, external versioning keeps the highest version
 * @param switchWithinEvents catch up with events that arrived during the replay until fewer than this many
 *                          remain before switching, so the new index is (almost) current the moment it serves
 * @param catchUpRounds     at most this many catch-up rounds before switching anyway (events keep arriving
 *                          faster than the rebuild reads them); whatever remains is read after the switch
 * @param pollTimeout       longest wait of one poll of the topic
 * @param writeAttempts     attempts of one bulk request while Elasticsearch is unreachable or overloaded,
 *                          one {@code retryDelay} apart, before the rebuild fails (the old index keeps serving)
 * @param retryDelay        pause between two attempts
 */
@ConfigurationProperties("ledger.search.rebuild")
public record RebuildConfiguration(
        @Bindable(defaultValue = "1") int keepPrevious,
        @Bindable(defaultValue = "2") int writers,
        @Bindable(defaultValue = "1000") long switchWithinEvents,
        @Bindable(defaultValue = "5") int catchUpRounds,
        @Bindable(defaultValue = "500ms") Duration pollTimeout,
        @Bindable(defaultValue = "30") int writeAttempts,
        @Bindable(defaultValue = "1s") Duration retryDelay) {

    public RebuildConfiguration {
        if (keepPrevious < 0) {
            throw new IllegalArgumentException("ledger.search.rebuild.keep-previous must be >= 0, got " + keepPrevious);
        }
        if (writers < 1 || writeAttempts < 1 || catchUpRounds < 0 || switchWithinEvents < 0) {
            throw new IllegalArgumentException(
                    "ledger.search.rebuild: writers and write-attempts must be >= 1, catch-up-rounds and switch-within-events >= 0");
        }
    }
}
