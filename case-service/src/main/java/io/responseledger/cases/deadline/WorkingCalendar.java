package io.responseledger.cases.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * Which days are working days (工作日), from official holidays and the weekend days that are working days instead
 * (调休上班), per year. A year without a schedule counts Monday to Friday.
 *
 * @param years the schedule of each configured year
 * @param zone  where days begin and end (Asia/Shanghai)
 */
public record WorkingCalendar(Map<Integer, CalendarYear> years, ZoneId zone) {

    /** Working time can only be found this many days ahead; beyond, the calendar must be broken (all holidays). */
    private static final int MAX_DAYS_SEARCHED = 3660;

    public WorkingCalendar {
        years = Map.copyOf(years);
    }

    /**
     * One year's schedule as the State Council publishes it.
     *
     * @param holidays     days off (放假), including weekend days within a holiday
     * @param workingDays  weekend days that are working days (调休上班)
     */
    public record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> workingDays) {
        public CalendarYear {
            holidays = Set.copyOf(holidays);
            workingDays = Set.copyOf(workingDays);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        if (year != null && year.workingDays().contains(day)) {
            return true;
        }
        if (year != null && year.holidays().contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public boolean hasSchedule(int year) {
        return years.containsKey(year);
    }

    /**
     * {@code start} plus {@code duration} of working time: the clock runs only during working days, whole days
     * from midnight to midnight. Started on a day off, it starts at the next working day's midnight.
     */
    public Instant plusWorkingTime(Instant start, Duration duration) {
        Duration left = duration;
        ZonedDateTime cursor = start.atZone(zone);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++) {
            ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
            if (isWorkingDay(cursor.toLocalDate())) {
                Duration available = Duration.between(cursor, nextMidnight);
                if (left.compareTo(available) <= 0) {
                    return cursor.plus(left).toInstant();
                }
                left = left.minus(available);
            }
            cursor = nextMidnight;
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS_SEARCHED + " days of " + start);
    }
}
