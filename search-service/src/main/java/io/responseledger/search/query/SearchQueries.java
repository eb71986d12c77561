package io.responseledger.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import io.responseledger.search.query.SearchParameters.SearchFilters;
import io.responseledger.search.query.SearchParameters.SearchSort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the Elasticsearch query, filters, sort, facets and highlight for {@link SearchTerms}; no parser sees
 * user input: every part becomes a phrase query, every filter value a term.
 */
final class SearchQueries {

    /** Searched fields with their weight: titles and response text count most. */
    static final List<String> FIELDS = List.of(
            "title^3", "caseTitle^3", "text^2", "reportText", "commitments.content");

    /**
     * The same texts' sub-fields of overlapping character pairs ({@code IndexMappings}: "bigram"), same weights.
     * A run of Chinese characters stands in a text exactly where its pairs stand one after another (拖欠工资 where
     * 拖欠, 欠工, 工资 do), so the phrase matches the same documents either way; but on the pairs it reads the
     * short postings of 工资 instead of the very long ones of 工 and 资, which at a million documents is most of
     * a search's time (docs/benchmarks.md, "Search").
     */
    static final List<String> PAIR_FIELDS = FIELDS.stream().map(SearchQueries::pairField).toList();

    static final List<String> HIGHLIGHTED = List.of(
            "title", "caseTitle", "text", "reportText", "commitments.content");

    /** Facet name (the filter parameter) → indexed field. */
    static final Map<String, String> FACETS = facets();

    static final int FACET_SIZE = 50;

    /** Highlighted whole rather than in fragments. */
    private static final Set<String> SHORT_FIELDS = Set.of("title", "caseTitle");

    /*
     * The parts of a search request that do not depend on what is asked, built once: the client's request objects
     * are immutable, so every request can share them, and building them anew was about 4 % of the event loop's
     * time per search (docs/benchmarks.md, "Steady state: the first minutes' recompilations, and a leaner request").
     */
    private static final Map<String, Aggregation> AGGREGATIONS = buildAggregations();
    private static final Map<SearchSort, List<SortOptions>> SORTS = buildSorts();
    private static final Map<String, HighlightField> HIGHLIGHT_FIELDS = buildHighlightFields();

    private SearchQueries() {
    }

    static Query query(SearchTerms terms) {
        return query(terms, SearchFilters.NONE, true, false);
    }

    /**
     * @param seesInternal false for roles that may only see published (PUBLIC) responses
     * @param pairsIndexed whether every searched index has the pair sub-fields of {@link #PAIR_FIELDS} built by
     *                     the same tokenizer as the texts themselves ({@code LedgerIndices.pairFieldsSearchable})
     */
    static Query query(SearchTerms terms, SearchFilters filters, boolean seesInternal, boolean pairsIndexed) {
        List<Query> filterQueries = filters(filters);
        if (terms.isEmpty() && filterQueries.isEmpty() && seesInternal) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> {
            terms.required().forEach(term -> b.must(phrase(term, pairsIndexed)));
            terms.excluded().forEach(term -> b.mustNot(phrase(term, pairsIndexed)));
            filterQueries.forEach(b::filter);
            if (!seesInternal) {
                // Case documents have no visibility; only internal responses are hidden.
                b.mustNot(term("visibility", "INTERNAL"));
            }
            return b;
        }));
    }

    static List<Query> filters(SearchFilters f) {
        List<Query> out = new ArrayList<>();
        anyOf(out, "kind", f.kind());
        anyOf(out, "topicArea", f.topicArea());
        anyOf(out, "units", f.unit());
        anyOf(out, "severity", f.severity());
        anyOf(out, "status", f.status());
        anyOf(out, "commitmentStatus", f.commitmentStatus());
        anyOf(out, "channel", f.channel());
        anyOf(out, "region", f.region());
        range(out, "reportedAt", f.reported());
        range(out, "respondedAt", f.responded());
        range(out, "dueAt", f.due());
        if (f.overdue() != null) {
            out.add(Query.of(q -> q.term(t -> t.field("overdue").value(f.overdue()))));
        }
        return out;
    }

    /** Relevance first when there is something to be relevant to; the document id makes every order total. */
    static List<SortOptions> sort(SearchSort sort) {
        return SORTS.get(sort);
    }

    private static Map<SearchSort, List<SortOptions>> buildSorts() {
        Map<SearchSort, List<SortOptions>> sorts = new EnumMap<>(SearchSort.class);
        for (SearchSort sort : SearchSort.values()) {
            sorts.put(sort, List.copyOf(buildSort(sort)));
        }
        return Collections.unmodifiableMap(sorts);
    }

    private static List<SortOptions> buildSort(SearchSort sort) {
        List<SortOptions> out = new ArrayList<>();
        switch (sort) {
            case RELEVANCE -> {
                out.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
                out.add(field("activityAt", SortOrder.Desc));
            }
            case DATE -> out.add(field("activityAt", SortOrder.Desc));
            case DUE -> out.add(SortOptions.of(s -> s.field(f -> f.field("dueAt").order(SortOrder.Asc).missing("_last"))));
        }
        out.add(field("docId", SortOrder.Asc));
        return out;
    }

    /** The kinds of the sort values of {@link #sort}, for checking a cursor: d double, l long, s string. */
    static String sortValueKinds(SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> "dls";
            case DATE, DUE -> "ls";
        };
    }

    /** The facets: a terms aggregation per filter field and the overdue split. */
    static Map<String, Aggregation> aggregations() {
        return AGGREGATIONS;
    }

    private static Map<String, Aggregation> buildAggregations() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        FACETS.forEach((name, field) ->
                aggs.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE)))));
        aggs.put("overdue", Aggregation.of(a -> a.filters(f -> f.filters(k -> k.keyed(Map.of(
                "true", Query.of(q -> q.term(t -> t.field("overdue").value(true))),
                "false", Query.of(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field("overdue").value(true)))))))))));
        return Collections.unmodifiableMap(aggs);
    }

    /**
     * Highlights the texts themselves: the query may have matched on their pair sub-fields, which the
     * highlighter would not relate to the texts, so it is given the same phrases on the texts to mark. It only
     * looks at the hits of the page, so this costs nothing like the search.
     */
    static Highlight highlight(SearchTerms terms) {
        return new Highlight.Builder()
                .highlightQuery(q -> q.bool(b -> {
                    terms.required().forEach(term -> b.should(phrase(term, FIELDS)));
                    return b;
                }))
                // Fragments are shown in a browser: escape whatever the source text holds, keep only <em>.
                .encoder(HighlighterEncoder.Html)
                .preTags("<em>")
                .postTags("</em>")
                .fields(HIGHLIGHT_FIELDS)
                .build();
    }

    private static Map<String, HighlightField> buildHighlightFields() {
        Map<String, HighlightField> fields = new LinkedHashMap<>();
        for (String field : HIGHLIGHTED) {
            fields.put(field, HighlightField.of(f -> SHORT_FIELDS.contains(field)
                    ? f.numberOfFragments(0)
                    : f.fragmentSize(120).numberOfFragments(3)));
        }
        return Collections.unmodifiableMap(fields);
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query phrase(String term, boolean pairsIndexed) {
        return phrase(term, pairsIndexed && SearchTerms.isChineseRun(term) ? PAIR_FIELDS : FIELDS);
    }

    private static Query phrase(String term, List<String> fields) {
        return Query.of(q -> q.multiMatch(m -> m
                .query(term)
                .type(TextQueryType.Phrase)
                .fields(fields)));
    }

    /** {@code text^2} → {@code text.bigram^2}. */
    private static String pairField(String weightedField) {
        int caret = weightedField.indexOf('^');
        return caret < 0 ? weightedField + ".bigram"
                : weightedField.substring(0, caret) + ".bigram" + weightedField.substring(caret);
    }

    private static void anyOf(List<Query> out, String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            out.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }

    private static void range(List<Query> out, String field, RequestParameters.DayRange range) {
        if (range.isOpen()) {
            return;
        }
        out.add(Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field);
            if (range.start() != null) {
                d.gte(range.start().toString());
            }
            if (range.endExclusive() != null) {
                d.lt(range.endExclusive().toString());
            }
            return d;
        }))));
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("kind", "kind");
        facets.put("topicArea", "topicArea");
        facets.put("unit", "units");
        facets.put("severity", "severity");
        facets.put("status", "status");
        facets.put("commitmentStatus", "commitmentStatus");
        facets.put("channel", "channel");
        facets.put("region", "region");
        return facets;
    }
}
