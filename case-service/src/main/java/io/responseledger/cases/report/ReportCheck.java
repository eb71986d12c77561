package io.responseledger.cases.report;

import io.responseledger.contracts.ReportSubmitted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a report must satisfy before it is stored. A report that fails can never be stored, however often it is
 * retried, so it goes to the dead-letter topic instead of blocking the reports behind it. The limits are the
 * column sizes of the schema.
 */
final class ReportCheck {

    static final int MAX_TITLE = 500;
    static final int MAX_TOPIC_AREA = 64;
    static final int MAX_EXTERNAL_ID = 200;
    static final int MAX_URL = 2000;

    private ReportCheck() {
    }

    /** Why the report cannot be stored, or empty if it can. */
    static Optional<String> problems(ReportSubmitted report) {
        List<String> problems = new ArrayList<>();
        if (report.reportId() == null) {
            problems.add("reportId is missing");
        }
        if (report.source() == null) {
            problems.add("source is missing");
        }
        requireText(problems, "title", report.title(), MAX_TITLE);
        requireText(problems, "body", report.body(), Integer.MAX_VALUE);
        requireText(problems, "topicArea", report.topicArea(), MAX_TOPIC_AREA);
        limit(problems, "externalId", report.externalId(), MAX_EXTERNAL_ID);
        limit(problems, "url", report.url(), MAX_URL);
        if (report.observedAt() == null) {
            problems.add("observedAt is missing");
        }
        if (report.submittedAt() == null) {
            problems.add("submittedAt is missing");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static void requireText(List<String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is missing");
        } else {
            limit(problems, field, value, max);
        }
    }

    private static void limit(List<String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
    }
}
