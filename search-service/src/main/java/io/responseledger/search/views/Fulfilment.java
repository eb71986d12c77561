package io.responseledger.search.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Commitment fulfilment (承诺履行) for a period: commitments made in it (their response published in it),
 * counted by where they stand today, overall, by owner unit and by topic area.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record Fulfilment(String from, String to, String asOf, Row total, List<Row> byUnit, List<Row> byTopicArea) {

    /**
     * @param group          the unit or topic area; null for the total
     * @param made           commitments made in the period
     * @param assessed       the sample of the rates: kept on time + kept late + overdue + failed (commitments
     *                       whose outcome is known today; pending and withdrawn ones are not)
     * @param keptOnTimeRate keptOnTime / assessed, null when nothing is assessed
     * @param keptRate       (keptOnTime + keptLate) / assessed
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Row(@Nullable String group, long made, long keptOnTime, long keptLate, long overdue, long failed,
               long withdrawn, long pending, long assessed,
               @Nullable Double keptOnTimeRate, @Nullable Double keptRate, @Nullable Double overdueRate,
               @Nullable Double failedRate) {

        static Row of(@Nullable String group, long made, long keptOnTime, long keptLate, long overdue, long failed,
                      long withdrawn, long pending) {
            long assessed = keptOnTime + keptLate + overdue + failed;
            return new Row(group, made, keptOnTime, keptLate, overdue, failed, withdrawn, pending, assessed,
                    rate(keptOnTime, assessed), rate(keptOnTime + keptLate, assessed), rate(overdue, assessed),
                    rate(failed, assessed));
        }

        /** Rounded to four decimals (a tenth of a percent point is the finest a leader reads). */
        private static @Nullable Double rate(long part, long whole) {
            return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
        }
    }
}
