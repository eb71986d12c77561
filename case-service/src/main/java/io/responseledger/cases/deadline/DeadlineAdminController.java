package io.responseledger.cases.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.cases.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;

import java.time.LocalDate;
import java.util.List;

/**
 * Administration of the deadline policies (回应时限) and the holiday calendar (节假日与调休), ADMIN only. What is
 * stored here replaces the configured policy of the same name, or the configured schedule of the same year, on
 * every instance; deleting it brings the configured one back.
 */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class DeadlineAdminController {

    private final DeadlineAdministration administration;

    DeadlineAdminController(DeadlineAdministration administration) {
        this.administration = administration;
    }

    @Get("/deadline-policies")
    List<DeadlineRuleView> policies() {
        return administration.rules().stream().map(DeadlineRuleView::from).toList();
    }

    @Put("/deadline-policies/{name}")
    DeadlineRuleView putPolicy(@PathVariable @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}",
                                       message = "只能包含小写字母、数字和连字符，最长 64 个字符") String name,
                               @Body @Valid DeadlineRuleRequest request, Authentication authentication) {
        return DeadlineRuleView.from(administration.putRule(name, request, authentication.getName()));
    }

    /** 204 and the configured policy of that name (if any) applies again; 404 if none was stored. */
    @Delete("/deadline-policies/{name}")
    HttpResponse<Void> deletePolicy(@PathVariable String name, Authentication authentication) {
        administration.deleteRule(name, authentication.getName());
        return HttpResponse.noContent();
    }

    @Get("/calendars")
    List<CalendarYearView> calendars() {
        return administration.years();
    }

    @Get("/calendars/{year}")
    CalendarYearView calendar(@PathVariable @Min(value = 2000, message = "不能小于 {value}")
                              @Max(value = 2100, message = "不能大于 {value}") int year) {
        return administration.year(year);
    }

    @Put("/calendars/{year}")
    CalendarYearView putCalendar(@PathVariable @Min(value = 2000, message = "不能小于 {value}")
                                 @Max(value = 2100, message = "不能大于 {value}") int year,
                                 @Body @Valid CalendarYearRequest request, Authentication authentication) {
        return administration.putYear(year, request, authentication.getName());
    }

    @Delete("/calendars/{year}")
    HttpResponse<Void> deleteCalendar(@PathVariable int year, Authentication authentication) {
        administration.deleteYear(year, authentication.getName());
        return HttpResponse.noContent();
    }

    /**
     * @param severities empty or absent: every severity
     * @param channels   empty or absent: every intake channel
     */
    @Serdeable
    record DeadlineRuleRequest(
            @Nullable @Size(max = 4, message = "最多 {max} 项") List<@NotNull(message = "不能为 null") Severity> severities,
            @Nullable @Size(max = 16, message = "最多 {max} 项") List<@NotNull(message = "不能为 null") ReportSource> channels,
            @Nullable @NotNull(message = "必填，单位：分钟") @Min(value = 1, message = "不能小于 {value}")
            @Max(value = 525_600, message = "不能大于 {value}（一年）") Long responseWithinMinutes,
            @Nullable @NotNull(message = "必填，可选：CALENDAR_TIME, WORKING_DAYS") Counting counting,
            @Nullable @Min(value = 1, message = "不能小于 {value}")
            @Max(value = 525_600, message = "不能大于 {value}（一年）") Long pressConferenceWithinMinutes) {

        DeadlineRuleRequest {
            severities = severities == null ? List.of() : severities;
            channels = channels == null ? List.of() : channels;
        }
    }

    @Serdeable
    record DeadlineRuleView(String name, List<Severity> severities, List<ReportSource> channels,
                            long responseWithinMinutes, Counting counting,
                            @Nullable Long pressConferenceWithinMinutes, String source) {

        static DeadlineRuleView from(DeadlineRule rule) {
            return new DeadlineRuleView(rule.name(), rule.severities().stream().sorted().toList(),
                    rule.channels().stream().sorted().toList(), rule.responseWithin().toMinutes(), rule.counting(),
                    rule.pressConferenceWithin() == null ? null : rule.pressConferenceWithin().toMinutes(),
                    rule.source());
        }
    }

    /**
     * @param holidays    days off, ISO dates; weekend days inside a holiday may be listed or not
     * @param workingDays weekend days that are official working days (调休上班)
     */
    @Serdeable
    record CalendarYearRequest(
            @Nullable @Size(max = 366, message = "最多 {max} 天") List<@NotNull(message = "不能为 null") LocalDate> holidays,
            @Nullable @Size(max = 366, message = "最多 {max} 天") List<@NotNull(message = "不能为 null") LocalDate> workingDays) {

        CalendarYearRequest {
            holidays = holidays == null ? List.of() : holidays;
            workingDays = workingDays == null ? List.of() : workingDays;
        }
    }

    /** @param source CONFIGURATION, ADMIN, or NONE (no schedule: Monday to Friday) */
    @Serdeable
    record CalendarYearView(int year, List<LocalDate> holidays, List<LocalDate> workingDays, String source) {
    }
}
