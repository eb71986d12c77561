package io.responseledger.contracts;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How far a post has spread when the monitor saw it (转发 / 评论 / 点赞). Part of a case's heat.
 */
@Serdeable
public record Engagement(long reposts, long comments, long likes) {

    public static Engagement none() {
        return new Engagement(0, 0, 0);
    }

    public long total() {
        return reposts + comments + likes;
    }

    public Engagement plus(Engagement other) {
        return other == null ? this
                : new Engagement(reposts + other.reposts, comments + other.comments, likes + other.likes);
    }
}
