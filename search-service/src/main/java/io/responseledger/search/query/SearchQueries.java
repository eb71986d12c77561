package io.responseledger.search.query;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the Elasticsearch query, sort and highlight for {@link SearchTerms}; no parser sees user input. */
final class SearchQueries {

    /** Searched fields with their weight: titles and response text count most. */
    static final List<String> FIELDS = List.of(
            "title^3", "caseTitle^3", "text^2", "reportText", "commitments.content");

    static final List<String> HIGHLIGHTED = List.of(
            "title", "caseTitle", "text", "reportText", "commitments.content");

    /** Highlighted whole rather than in fragments. */
    private static final Set<String> SHORT_FIELDS = Set.of("title", "caseTitle");

    private SearchQueries() {
    }

    static Query query(SearchTerms terms) {
        if (terms.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> {
            terms.required().forEach(term -> b.must(phrase(term)));
            terms.excluded().forEach(term -> b.mustNot(phrase(term)));
            return b;
        }));
    }

    /** Relevance first when there is something to be relevant to; recency orders the rest and breaks ties. */
    static List<SortOptions> sort(SearchTerms terms) {
        List<SortOptions> sort = new ArrayList<>();
        if (!terms.required().isEmpty()) {
            sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("activityAt").order(SortOrder.Desc))));
        return sort;
    }

    static Highlight highlight() {
        Highlight.Builder h = new Highlight.Builder()
                // Fragments are shown in a browser: escape whatever the source text holds, keep only <em>.
                .encoder(HighlighterEncoder.Html)
                .preTags("<em>")
                .postTags("</em>");
        for (String field : HIGHLIGHTED) {
            h.fields(field, f -> SHORT_FIELDS.contains(field)
                    ? f.numberOfFragments(0)
                    : f.fragmentSize(120).numberOfFragments(3));
        }
        return h.build();
    }

    private static Query phrase(String term) {
        return Query.of(q -> q.multiMatch(m -> m
                .query(term)
                .type(TextQueryType.Phrase)
                .fields(FIELDS)));
    }
}
