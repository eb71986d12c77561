package io.responseledger.search.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Reports and cases per topic area per week or month.
 *
 * @param interval WEEK (starting Monday) or MONTH, in China Standard Time
 * @param periods  the start day of every period from {@code from} to {@code to}, also those without any
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record Trends(String interval, String from, String to, List<String> periods, List<TopicArea> topicAreas) {

    /**
     * @param reports reports observed in the whole period
     * @param cases   cases opened in the whole period
     * @param buckets one per entry of {@code periods}, in the same order
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TopicArea(String topicArea, long reports, long cases, List<Bucket> buckets) {
    }

    @Serdeable
    record Bucket(String start, long reports, long cases) {
    }
}
