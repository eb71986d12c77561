package io.responseledger.cases.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A figure with the number of items it was computed from, so that 100 % of 2 is not read like 100 % of 200.
 *
 * @param value      the count, rate (0..1) or median; null when there was nothing to compute it from
 * @param sampleSize how many items the figure rests on
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Figure(@Nullable Double value, long sampleSize) {

    static Figure count(long count, long of) {
        return new Figure((double) count, of);
    }

    static Figure rate(long hits, long of) {
        return new Figure(of == 0 ? null : Math.round(hits * 10_000.0 / of) / 10_000.0, of);
    }
}
