package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.contracts.Engagement;
import jakarta.validation.constraints.PositiveOrZero;

/** Reposts (转发), comments (评论) and likes (点赞) when the monitor saw the post; a missing count is 0. */
@Serdeable
public record EngagementCounts(
        @Nullable @PositiveOrZero(message = "不能为负数") Long reposts,
        @Nullable @PositiveOrZero(message = "不能为负数") Long comments,
        @Nullable @PositiveOrZero(message = "不能为负数") Long likes) {

    Engagement toEngagement() {
        return new Engagement(orZero(reposts), orZero(comments), orZero(likes));
    }

    private static long orZero(@Nullable Long count) {
        return count == null ? 0 : count;
    }
}
