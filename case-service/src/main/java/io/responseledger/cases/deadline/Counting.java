package io.responseledger.cases.deadline;

/** How a deadline's time is counted. */
public enum Counting {
    /** Every hour counts, nights, weekends and holidays included: emergencies do not wait for Monday. */
    CALENDAR_TIME,
    /**
     * Only the hours of working days count (工作日): weekends and official holidays are skipped, and the weekend
     * days that are official working days (调休上班) count. A 48-hour deadline is two whole working days.
     */
    WORKING_DAYS
}
