package io.responseledger.search.index;

import co.elastic.clients.elasticsearch._types.analysis.Analyzer;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.IndexOptions;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettingsAnalysis;
import co.elastic.clients.json.JsonData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explicit mappings of the three indices (docs/search.md, "Index design"). Codes (topic area, status,
 * units, channel, region, severity) are keywords so they filter and aggregate exactly; prose is text. The
 * filter fields leaders use exist under the same name in the case and the response index, so one search over
 * both aliases filters, facets and sorts both alike.
 */
final class IndexMappings {

    /**
     * Overlapping pairs of tokens (for Chinese: of characters) on a sub-field of the searched texts: the standard
     * analyzer alone gives single characters, which make poor "more like this" terms and slow phrase searches
     * (a Chinese phrase is matched on its pairs, see {@code SearchQueries.PAIR_FIELDS}). Built from the shingle
     * filter of the server core, because a plain node (the integ-test distribution) has no analysis-common
     * module and so no cjk_bigram.
     */
    static final String BIGRAM_ANALYZER = "ledger_bigram";
    private static final String BIGRAM_FILTER = "ledger_bigram_shingle";

    static final String MAPPING_VERSION_KEY = "mappingVersion";

    private IndexMappings() {
    }

    static IndexSettingsAnalysis analysis() {
        return IndexSettingsAnalysis.of(a -> a
                .filter(BIGRAM_FILTER, f -> f.definition(d -> d.shingle(sh -> sh
                        .minShingleSize(2).maxShingleSize(2).outputUnigrams(false))))
                .analyzer(BIGRAM_ANALYZER, Analyzer.of(an -> an.custom(c -> c
                        .tokenizer("standard")
                        .filter(List.of("lowercase", BIGRAM_FILTER))))));
    }

    static TypeMapping of(IndexKind kind, String textAnalyzer) {
        return switch (kind) {
            case CASES -> cases(textAnalyzer);
            case RESPONSES -> responses(textAnalyzer);
            case COMMITMENTS -> commitments(textAnalyzer);
        };
    }

    static TypeMapping cases(String textAnalyzer) {
        Map<String, Property> report = new LinkedHashMap<>();
        report.put("observedAt", date());
        report.put("source", keyword());

        Map<String, Property> p = common();
        p.put("title", textWithBigrams(textAnalyzer));
        p.put("reportText", textWithBigrams(textAnalyzer));
        p.put("coUnits", keyword());
        p.put("reportCount", integer());
        p.put("engagement", long_());
        // Nested so that trends count reports per week exactly, even when one case has several in a week.
        p.put("reports", Property.of(b -> b.nested(n -> n.properties(report))));
        p.put("openedAt", date());
        p.put("updatedAt", date());
        p.put("responseDueAt", date());
        p.put("responseOverdue", bool());
        p.put("transferCount", integer());
        p.put("closedAt", date());
        p.put("channel", keyword());
        return mapping(p);
    }

    static TypeMapping responses(String textAnalyzer) {
        Map<String, Property> commitment = new LinkedHashMap<>();
        commitment.put("commitmentId", keyword());
        commitment.put("content", textWithBigrams(textAnalyzer));
        commitment.put("ownerUnit", keyword());
        commitment.put("dueDate", date());
        commitment.put("status", keyword());
        commitment.put("keptOnTime", bool());

        Map<String, Property> p = common();
        p.put("responseId", keyword());
        p.put("caseTitle", textWithBigrams(textAnalyzer));
        p.put("text", textWithBigrams(textAnalyzer));
        p.put("channel", keyword());
        p.put("publishingUnit", keyword());
        p.put("visibility", keyword());
        p.put("publishedAt", date());
        p.put("responseDueAt", date());
        p.put("onTime", bool());
        p.put("commitments", Property.of(b -> b.object(o -> o.properties(commitment))));
        return mapping(p);
    }

    static TypeMapping commitments(String textAnalyzer) {
        Map<String, Property> p = new LinkedHashMap<>();
        p.put("kind", keyword());
        p.put("docId", keyword());
        p.put("commitmentId", keyword());
        p.put("caseId", keyword());
        p.put("responseId", keyword());
        p.put("caseTitle", text(textAnalyzer));
        p.put("content", text(textAnalyzer));
        p.put("fulfilmentCheck", text(textAnalyzer));
        p.put("ownerUnit", keyword());
        p.put("leadUnit", keyword());
        p.put("topicArea", keyword());
        p.put("region", keyword());
        p.put("severity", keyword());
        p.put("caseStatus", keyword());
        p.put("status", keyword());
        p.put("visibility", keyword());
        p.put("madeAt", date());
        p.put("dueDate", date());
        p.put("effectiveDueDate", date());
        p.put("progressPercent", integer());
        p.put("claimedAt", date());
        p.put("verifiedAt", date());
        p.put("keptOnTime", bool());
        p.put("rectificationDueDate", date());
        p.put("flagged", bool());
        p.put("merged", bool());
        p.put("mergedInto", keyword());
        p.put("activityAt", date());
        p.put("caseVersion", long_());
        return mapping(p);
    }

    /** The fields both the case and the response index carry under the same names. */
    private static Map<String, Property> common() {
        Map<String, Property> p = new LinkedHashMap<>();
        p.put("kind", keyword());
        // "<kind>:<id>": unique across both indices, the last sort key so search_after never skips a tie.
        p.put("docId", keyword());
        p.put("caseId", keyword());
        p.put("topicArea", keyword());
        p.put("status", keyword());
        p.put("leadUnit", keyword());
        p.put("units", keyword());
        p.put("region", keyword());
        p.put("severity", keyword());
        p.put("commitmentStatus", keyword());
        p.put("reportedAt", date());
        p.put("respondedAt", date());
        p.put("dueAt", date());
        p.put("overdue", bool());
        p.put("merged", bool());
        p.put("mergedInto", keyword());
        p.put("activityAt", date());
        p.put("caseVersion", long_());
        return p;
    }

    private static TypeMapping mapping(Map<String, Property> properties) {
        // Unknown fields stay in _source but are not indexed: a newer writer cannot break an older mapping.
        return TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                // Lets a starting instance tell an index built with older mappings (docs/search.md).
                .meta(MAPPING_VERSION_KEY, JsonData.of(IndexSettings.MAPPING_VERSION))
                .properties(properties));
    }

    private static Property keyword() {
        return Property.of(b -> b.keyword(k -> k.ignoreAbove(256)));
    }

    private static Property date() {
        return Property.of(b -> b.date(d -> d));
    }

    private static Property bool() {
        return Property.of(b -> b.boolean_(x -> x));
    }

    private static Property integer() {
        return Property.of(b -> b.integer(i -> i));
    }

    private static Property long_() {
        return Property.of(b -> b.long_(l -> l));
    }

    private static Property text(String analyzer) {
        // Offsets in the postings let the highlighter work without re-analysing long report bodies.
        return Property.of(b -> b.text(t -> t.analyzer(analyzer).indexOptions(IndexOptions.Offsets)));
    }

    private static Property textWithBigrams(String analyzer) {
        return Property.of(b -> b.text(t -> t
                .analyzer(analyzer)
                .indexOptions(IndexOptions.Offsets)
                .fields("bigram", f -> f.text(s -> s.analyzer(BIGRAM_ANALYZER)))));
    }
}
