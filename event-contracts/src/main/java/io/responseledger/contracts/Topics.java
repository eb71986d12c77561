package io.responseledger.contracts;

import java.util.List;

/**
 * Every Kafka topic the services share. deploy/local/topics lists the same names with their partition
 * counts, and a test keeps the two in step.
 */
public final class Topics {

    /** Accepted opinion reports from every intake channel, keyed by report id. */
    public static final String OPINION_REPORTS = "opinion.reports.v1";

    /** Reports the case service could not process, with the reason in the record headers. */
    public static final String OPINION_REPORTS_DLQ = "opinion.reports.dlq.v1";

    /** Every change of a case, keyed by case id so one case's events stay in order. */
    public static final String CASE_EVENTS = "case.events.v1";

    /** Case events the search service could not process, with the reason in the record headers. */
    public static final String CASE_EVENTS_DLQ = "case.events.dlq.v1";

    /** Header naming why a record was dead-lettered. */
    public static final String DEAD_LETTER_REASON_HEADER = "x-dead-letter-reason";

    /** Every topic above; the local infrastructure must create each of them. */
    public static List<String> all() {
        return List.of(OPINION_REPORTS, OPINION_REPORTS_DLQ, CASE_EVENTS, CASE_EVENTS_DLQ);
    }

    private Topics() {
    }
}
