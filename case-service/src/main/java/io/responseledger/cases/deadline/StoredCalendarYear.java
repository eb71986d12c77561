package io.responseledger.cases.deadline;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A year's holiday schedule set through the admin API; it replaces the configured schedule of that year.
 *
 * @param holidays    comma-separated ISO dates
 * @param workingDays comma-separated ISO dates (调休上班)
 */
@MappedEntity("calendar_year")
record StoredCalendarYear(
        @Id int yearNumber,
        String holidays,
        String workingDays,
        String updatedBy,
        Instant updatedAt) {
}
