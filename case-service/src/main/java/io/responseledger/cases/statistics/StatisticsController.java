package io.responseledger.cases.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.violations.Violation;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.responseledger.cases.problem.Problems;
import io.responseledger.cases.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Statistics per unit or topic area over a period (统计): SUPERVISOR and LEADER. */
@Controller("/api/v1/statistics")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SUPERVISOR, Roles.LEADER})
class StatisticsController {

    private final LedgerStatistics statistics;
    private final ErrorResponseProcessor<?> problems;

    StatisticsController(LedgerStatistics statistics, ErrorResponseProcessor<?> problems) {
        this.statistics = statistics;
        this.problems = problems;
    }

    /**
     * @param from    first day (yyyy-MM-dd, Beijing time) of the period the cases were first reported in
     * @param to      last day, included
     * @param groupBy {@code unit} (default) or {@code topicArea}
     */
    @Get
    StatisticsView get(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
                       @QueryValue @Nullable String groupBy) {
        List<Violation> violations = new ArrayList<>();
        LocalDate fromDay = day("from", from, violations);
        LocalDate toDay = day("to", to, violations);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            violations.add(new Violation("to", "不能早于 from（" + fromDay + "）"));
        }
        LedgerStatistics.GroupBy grouping = LedgerStatistics.GroupBy.UNIT;
        if (groupBy != null && !groupBy.isBlank()) {
            switch (groupBy.strip()) {
                case "unit" -> grouping = LedgerStatistics.GroupBy.UNIT;
                case "topicArea" -> grouping = LedgerStatistics.GroupBy.TOPIC_AREA;
                default -> violations.add(new Violation("groupBy", "取值无效，可选：unit, topicArea"));
            }
        }
        if (!violations.isEmpty()) {
            throw new BadStatisticsParameters(violations);
        }
        return statistics.compute(fromDay, toDay, grouping);
    }

    @Error(exception = BadStatisticsParameters.class)
    HttpResponse<?> badParameters(HttpRequest<?> request, BadStatisticsParameters e) {
        return Problems.violations(problems, request, e.violations);
    }

    private static LocalDate day(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "必须是 yyyy-MM-dd 格式的日期，例如 2026-01-31"));
            return null;
        }
    }

    static final class BadStatisticsParameters extends RuntimeException {

        private final List<Violation> violations;

        BadStatisticsParameters(List<Violation> violations) {
            super("Bad statistics parameters");
            this.violations = List.copyOf(violations);
        }
    }
}
