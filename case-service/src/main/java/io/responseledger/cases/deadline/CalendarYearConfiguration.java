package io.responseledger.cases.deadline;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.util.List;

/**
 * One year of the official holiday schedule from configuration: {@code ledger.calendar.years.<year>.holidays}
 * and {@code .working-days}, as ISO dates or ranges {@code 2026-02-15..2026-02-23}.
 */
@EachProperty("ledger.calendar.years")
public class CalendarYearConfiguration {

    private final String year;
    private List<String> holidays = List.of();
    private List<String> workingDays = List.of();

    public CalendarYearConfiguration(@Parameter String year) {
        this.year = year;
    }

    public String getYear() {
        return year;
    }

    public List<String> getHolidays() {
        return holidays;
    }

    public void setHolidays(List<String> holidays) {
        this.holidays = holidays;
    }

    public List<String> getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(List<String> workingDays) {
        this.workingDays = workingDays;
    }
}
