package io.responseledger.cases.deadline;

import io.responseledger.cases.casefile.Deadlines;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Deadline arithmetic on the 2026 schedule of the State Council (国务院办公厅, 4 November 2025): 48 hours of
 * working time over a weekend with an official working day (调休), over a holiday, and the policies choosing
 * between calendar time, working time and a hotline's own limit.
 */
class DeadlineArithmeticTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Duration HOURS_48 = Duration.ofHours(48);

    /** As application.yml ships it for 2026: the National Day week and the working Sunday before it. */
    private static final WorkingCalendar.CalendarYear YEAR_2026 = new WorkingCalendar.CalendarYear(2026,
            CalendarDates.parse(List.of("2026-09-25..2026-09-27", "2026-10-01..2026-10-07")),
            CalendarDates.parse(List.of("2026-09-20", "2026-10-10")));
    private static final WorkingCalendar CALENDAR_2026 = new WorkingCalendar(Map.of(2026, YEAR_2026), BEIJING);
    private static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(Map.of(), BEIJING);

    @Test
    void fortyEightHoursOverAWeekendWithAnOfficialWorkingSundayEndOneDayEarlier() {
        // Friday 18 September 2026, 10:00; Saturday 19 is off, Sunday 20 is a working day (调休上班).
        Instant friday = beijing(2026, 9, 18, 10);

        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 9, 19))).isFalse();
        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        // 14 h on Friday, 24 h on the working Sunday, 10 h on Monday.
        assertThat(CALENDAR_2026.plusWorkingTime(friday, HOURS_48)).isEqualTo(beijing(2026, 9, 21, 10));
        // The same hours without the 调休: Saturday and Sunday both off, due on Tuesday.
        assertThat(WEEKENDS_ONLY.plusWorkingTime(friday, HOURS_48)).isEqualTo(beijing(2026, 9, 22, 10));
    }

    @Test
    void fortyEightHoursOverTheNationalDayHolidayResumeAfterIt() {
        // Wednesday 30 September, 10:00: 14 h that day, 1–7 October off, 24 h on the 8th, 10 h on the 9th.
        assertThat(CALENDAR_2026.plusWorkingTime(beijing(2026, 9, 30, 10), HOURS_48))
                .isEqualTo(beijing(2026, 10, 9, 10));
        // Opened during the holiday, the clock starts with the first working day.
        assertThat(CALENDAR_2026.plusWorkingTime(beijing(2026, 10, 3, 15), HOURS_48))
                .isEqualTo(beijing(2026, 10, 10, 0));
        // A holiday Friday (25 September) is off although it is a weekday.
        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 9, 25))).isFalse();
    }

    @Test
    void majorEmergencyCountsCalendarHoursAndAddsAPressConferenceDeadline() {
        DeadlinePolicy policy = policy();
        Instant saturdayNight = beijing(2026, 9, 19, 22);

        Deadlines deadlines = policy.deadlinesFor(Severity.MAJOR, ReportSource.WEIBO, saturdayNight, null);

        assertThat(deadlines.responseDueAt()).isEqualTo(saturdayNight.plus(Duration.ofHours(5)));
        assertThat(deadlines.pressConferenceDueAt()).isEqualTo(saturdayNight.plus(Duration.ofHours(24)));
        assertThat(policy.deadlinesFor(Severity.EXTRAORDINARY, ReportSource.NEWS, saturdayNight, null)
                .responseDueAt()).isEqualTo(saturdayNight.plus(Duration.ofHours(5)));
    }

    @Test
    void generalMatterGetsFortyEightWorkingHoursAndNoPressConference() {
        Deadlines deadlines = policy().deadlinesFor(Severity.GENERAL, ReportSource.WEIBO, beijing(2026, 9, 18, 10),
                null);

        assertThat(deadlines.responseDueAt()).isEqualTo(beijing(2026, 9, 21, 10));
        assertThat(deadlines.pressConferenceDueAt()).isNull();
    }

    @Test
    void hotlineWorkOrderKeepsItsOwnTimeLimitUnlessAMajorEmergencyIsDueSooner() {
        DeadlinePolicy policy = policy();
        Instant opened = beijing(2026, 11, 26, 9);
        Instant workOrderLimit = opened.plus(Duration.ofDays(5));

        assertThat(policy.deadlinesFor(Severity.GENERAL, ReportSource.HOTLINE, opened, workOrderLimit)
                .responseDueAt()).isEqualTo(workOrderLimit);
        assertThat(policy.deadlinesFor(Severity.MAJOR, ReportSource.HOTLINE, opened, workOrderLimit)
                .responseDueAt()).isEqualTo(opened.plus(Duration.ofHours(5)));
    }

    @Test
    void ruleNamingTheChannelBeatsTheCatchAllAndRuleNamingTheSeverityBeatsBoth() {
        DeadlinePolicyConfiguration hotline = rule("hotline", List.of(), List.of("HOTLINE"), Duration.ofHours(72),
                Counting.WORKING_DAYS, null);
        DeadlinePolicy policy = policy(hotline);

        assertThat(policy.ruleFor(Severity.GENERAL, ReportSource.HOTLINE)).get()
                .extracting(DeadlineRule::name).isEqualTo("hotline");
        assertThat(policy.ruleFor(Severity.GENERAL, ReportSource.WEIBO)).get()
                .extracting(DeadlineRule::name).isEqualTo("default");
        assertThat(policy.ruleFor(Severity.MAJOR, ReportSource.HOTLINE)).get()
                .extracting(DeadlineRule::name).isEqualTo("major-emergency");
    }

    @Test
    void rangesAndSingleDatesAreReadFromConfiguration() {
        Set<LocalDate> days = CalendarDates.parse(List.of("2026-02-15..2026-02-23", " 2026-01-01 "));

        assertThat(days).hasSize(10).contains(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23),
                LocalDate.of(2026, 1, 1));
    }

    private static DeadlinePolicy policy(DeadlinePolicyConfiguration... extra) {
        List<DeadlinePolicyConfiguration> rules = new java.util.ArrayList<>(List.of(
                rule("major-emergency", List.of("MAJOR", "EXTRAORDINARY"), List.of(), Duration.ofHours(5),
                        Counting.CALENDAR_TIME, Duration.ofHours(24)),
                rule("default", List.of(), List.of(), HOURS_48, Counting.WORKING_DAYS, null)));
        rules.addAll(List.of(extra));
        CalendarYearConfiguration year = new CalendarYearConfiguration("2026");
        year.setHolidays(List.of("2026-09-25..2026-09-27", "2026-10-01..2026-10-07"));
        year.setWorkingDays(List.of("2026-09-20", "2026-10-10"));
        // No overrides stored through the admin API.
        StoredDeadlineRuleRepository storedRules = mock(StoredDeadlineRuleRepository.class);
        when(storedRules.findAll()).thenReturn(List.of());
        StoredCalendarYearRepository storedYears = mock(StoredCalendarYearRepository.class);
        when(storedYears.findAll()).thenReturn(List.of());
        return new DeadlinePolicy(rules, List.of(year), storedRules, storedYears, BEIJING);
    }

    private static DeadlinePolicyConfiguration rule(String name, List<String> severities, List<String> channels,
                                                    Duration within, Counting counting, Duration pressConference) {
        DeadlinePolicyConfiguration rule = new DeadlinePolicyConfiguration(name);
        rule.setSeverities(severities);
        rule.setChannels(channels);
        rule.setResponseWithin(within);
        rule.setCounting(counting);
        rule.setPressConferenceWithin(pressConference);
        return rule;
    }

    private static Instant beijing(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, BEIJING).toInstant();
    }
}
