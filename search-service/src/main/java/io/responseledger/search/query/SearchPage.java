package io.responseledger.search.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** One page of search results over cases and responses. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SearchPage(String query, long total, int page, int size, List<Hit> hits) {

    /**
     * @param kind       CASE or RESPONSE
     * @param responseId null for a case
     * @param title      the case title (for a response: the title of its case)
     * @param score      relevance; null when browsing without a query
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
            @Nullable Double score,
            Map<String, List<String>> highlights) {
    }
}
