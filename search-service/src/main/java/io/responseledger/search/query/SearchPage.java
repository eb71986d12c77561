package io.responseledger.search.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * One page of search results over cases and responses.
 *
 * @param sort       the order used: RELEVANCE, DATE or DUE
 * @param nextCursor pass as {@code cursor} to get the page after this one (search_after); null on the last page
 * @param facets     counts per value of each filter over all hits (not only this page), by parameter name
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SearchPage(String query, long total, int page, int size, String sort, @Nullable String nextCursor,
                  List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /**
     * @param kind       CASE or RESPONSE
     * @param responseId null for a case
     * @param title      the case title (for a response: the title of its case)
     * @param unit       for a case its lead unit, for a response the publishing unit
     * @param dueAt      the next pending deadline (docs/search.md)
     * @param merged     the case was merged into {@code mergedInto}; still searchable, marked
     * @param score      relevance; null when not ordered by relevance
     * @param highlights matched fragments by field (title, text, reportText, commitments), {@code <em>} marking
     *                   the matches and everything else HTML-escaped
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Hit(
            String kind,
            String caseId,
            @Nullable String responseId,
            String title,
            String topicArea,
            String status,
            @Nullable String leadUnit,
            @Nullable String unit,
            @Nullable String region,
            @Nullable String severity,
            @Nullable String channel,
            @Nullable String visibility,
            List<String> commitmentStatus,
            @Nullable String reportedAt,
            @Nullable String respondedAt,
            @Nullable String dueAt,
            boolean overdue,
            boolean merged,
            @Nullable String mergedInto,
            @Nullable Double score,
            Map<String, List<String>> highlights) {
    }

    @Serdeable
    record FacetCount(String value, long count) {
    }
}
