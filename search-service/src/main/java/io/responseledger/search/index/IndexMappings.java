package io.responseledger.search.index;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.IndexOptions;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The explicit mappings of the two indices. Codes (topic area, status, units, channel) are keywords so they
 * filter and aggregate exactly; prose is text. {@code activityAt} exists in both indices so one sort orders
 * cases and responses together by recency.
 */
final class IndexMappings {

    private IndexMappings() {
    }

    static TypeMapping cases(String textAnalyzer) {
        Map<String, Property> p = new LinkedHashMap<>();
        p.put("kind", keyword());
        p.put("caseId", keyword());
        p.put("title", text(textAnalyzer));
        p.put("reportText", text(textAnalyzer));
        p.put("topicArea", keyword());
        p.put("status", keyword());
        p.put("leadUnit", keyword());
        p.put("reportCount", Property.of(b -> b.integer(i -> i)));
        p.put("openedAt", date());
        p.put("updatedAt", date());
        p.put("activityAt", date());
        p.put("caseVersion", Property.of(b -> b.long_(l -> l)));
        return mapping(p);
    }

    static TypeMapping responses(String textAnalyzer) {
        Map<String, Property> commitment = new LinkedHashMap<>();
        commitment.put("commitmentId", keyword());
        commitment.put("content", text(textAnalyzer));
        commitment.put("ownerUnit", keyword());
        commitment.put("dueDate", date());
        commitment.put("status", keyword());

        Map<String, Property> p = new LinkedHashMap<>();
        p.put("kind", keyword());
        p.put("caseId", keyword());
        p.put("responseId", keyword());
        p.put("caseTitle", text(textAnalyzer));
        p.put("text", text(textAnalyzer));
        p.put("channel", keyword());
        p.put("publishingUnit", keyword());
        p.put("publishedAt", date());
        p.put("activityAt", date());
        p.put("topicArea", keyword());
        p.put("status", keyword());
        p.put("leadUnit", keyword());
        p.put("commitments", Property.of(b -> b.object(o -> o.properties(commitment))));
        p.put("caseVersion", Property.of(b -> b.long_(l -> l)));
        return mapping(p);
    }

    private static TypeMapping mapping(Map<String, Property> properties) {
        // Unknown fields stay in _source but are not indexed: a newer writer cannot break an older mapping.
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False).properties(properties));
    }

    private static Property keyword() {
        return Property.of(b -> b.keyword(k -> k.ignoreAbove(256)));
    }

    private static Property date() {
        return Property.of(b -> b.date(d -> d));
    }

    private static Property text(String analyzer) {
        // Offsets in the postings let the highlighter work without re-analysing long report bodies.
        return Property.of(b -> b.text(t -> t.analyzer(analyzer).indexOptions(IndexOptions.Offsets)));
    }
}
