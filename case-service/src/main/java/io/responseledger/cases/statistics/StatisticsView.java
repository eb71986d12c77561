package io.responseledger.cases.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/statistics}: the figures of each group (unit or topic area) and of all together, over the
 * cases first reported in the period. docs/ledger.md defines each figure.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StatisticsView(@Nullable LocalDate from, @Nullable LocalDate to, String groupBy, List<Group> groups,
                      Figures total) {

    /**
     * @param key  the unit's name or the topic area's code; {@code "未交办"} for cases without a lead unit
     * @param name what people read: the unit's name, the topic area's Chinese name
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Group(String key, String name, Figures figures) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Figures(
            Figure cases,
            Figure responsesOnTime,
            Figure medianHoursToRespond,
            Figure commitmentsMade,
            Figure commitmentsKeptOnTime,
            Figure commitmentsKeptLate,
            Figure commitmentsOverdue,
            Figure commitmentsFailed,
            Figure transfers) {
    }
}
