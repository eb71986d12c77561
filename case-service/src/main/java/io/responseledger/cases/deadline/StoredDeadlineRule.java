package io.responseledger.cases.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A deadline policy set through the admin API; it replaces the configured policy of the same name.
 *
 * @param severities comma-separated {@code Severity} names; empty: all
 * @param channels   comma-separated {@code ReportSource} names; empty: all
 */
@MappedEntity("deadline_policy")
record StoredDeadlineRule(
        @Id String name,
        String severities,
        String channels,
        long responseWithinMinutes,
        Counting counting,
        @Nullable Long pressConferenceWithinMinutes,
        String updatedBy,
        Instant updatedAt) {
}
