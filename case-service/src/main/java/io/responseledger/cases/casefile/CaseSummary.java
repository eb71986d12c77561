package io.responseledger.cases.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.contracts.Severity;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the case list.
 *
 * @param engagement the summed engagement (reposts, comments, likes) of the case's reports
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseSummary(
        UUID id,
        String title,
        String topicArea,
        CaseStatus status,
        @Nullable String leadUnit,
        int reportCount,
        Instant openedAt,
        Instant updatedAt,
        long version,
        @Nullable String region,
        Severity severity,
        long engagement,
        @Nullable Instant responseDueAt,
        boolean paused,
        boolean overdue,
        int transferCount,
        @Nullable UUID mergedInto) {

    static CaseSummary from(CaseFile c) {
        return new CaseSummary(c.id(), c.title(), c.topicArea(), c.status(), c.leadUnit(), c.reportCount(),
                c.openedAt(), c.updatedAt(), c.version(), c.region(),
                c.severity() == null ? Severity.GENERAL : c.severity(), c.engagementSum().total(), c.responseDueAt(),
                c.isPaused(), c.overdue(), c.transferCount(), c.mergedInto());
    }
}
