package io.responseledger.cases.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the audit trail keeps of a case before and after a change. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseState(
        String status,
        @Nullable String leadUnit,
        long version,
        @Nullable String topicArea,
        @Nullable String region,
        @Nullable String severity,
        @Nullable List<String> coUnits,
        @Nullable String assignee,
        @Nullable Integer reportCount,
        @Nullable Instant responseDueAt,
        @Nullable Instant pausedAt,
        @Nullable Boolean overdue,
        @Nullable Integer transferCount,
        @Nullable UUID mergedInto) {

    /** The first release's fields only. */
    public CaseState(String status, @Nullable String leadUnit, long version) {
        this(status, leadUnit, version, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static CaseState of(CaseFile c) {
        return new CaseState(c.status().name(), c.leadUnit(), c.version(), c.topicArea(), c.region(),
                c.severity() == null ? null : c.severity().name(), c.coUnitList(), c.assignee(), c.reportCount(),
                c.responseDueAt(), c.pausedAt(), c.overdue(), c.transferCount(), c.mergedInto());
    }
}
