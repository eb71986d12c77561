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

    /** Raw messages the 12345 hotline platform publishes (JSON, see docs/hotline.md), keyed by work-order number. */
    public static final String HOTLINE_MESSAGES_RAW = "hotline.messages.raw.v1";

    /** Hotline messages intake could not parse or validate, with reason and origin in the record headers. */
    public static final String HOTLINE_MESSAGES_DLQ = "hotline.messages.dlq.v1";

    /** Header naming why a record was dead-lettered. */
    public static final String DEAD_LETTER_REASON_HEADER = "x-dead-letter-reason";

    /** Header naming the topic a dead-lettered record was read from. */
    public static final String DEAD_LETTER_ORIGINAL_TOPIC_HEADER = "x-dead-letter-original-topic";

    /** Header naming the partition a dead-lettered record was read from. */
    public static final String DEAD_LETTER_ORIGINAL_PARTITION_HEADER = "x-dead-letter-original-partition";

    /** Header naming the offset a dead-lettered record was read from. */
    public static final String DEAD_LETTER_ORIGINAL_OFFSET_HEADER = "x-dead-letter-original-offset";

    /** Every topic above; the local infrastructure must create each of them. */
    public static List<String> all() {
        return List.of(OPINION_REPORTS, OPINION_REPORTS_DLQ, CASE_EVENTS, CASE_EVENTS_DLQ,
                HOTLINE_MESSAGES_RAW, HOTLINE_MESSAGES_DLQ);
    }

    private Topics() {
    }
}
