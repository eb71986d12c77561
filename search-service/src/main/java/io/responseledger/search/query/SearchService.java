package io.responseledger.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Searches cases and responses together, through both aliases in one request. */
@Singleton
class SearchService {

    /** Only what a hit shows; the long texts come back as highlights, not whole. Built once, like the facets. */
    private static final SourceConfig SOURCE = SourceConfig.of(s -> s.filter(f -> f.includes(
            "kind", "caseId", "responseId", "title", "caseTitle", "topicArea", "status", "leadUnit",
            "publishingUnit", "region", "severity", "channel", "visibility", "commitmentStatus", "reportedAt",
            "respondedAt", "dueAt", "overdue", "merged", "mergedInto")));

    /** Highlight field → name in the response. A response's case title shows as its title. */
    private static final Map<String, String> HIGHLIGHT_NAMES = Map.of(
            "title", "title",
            "caseTitle", "title",
            "text", "text",
            "reportText", "reportText",
            "commitments.content", "commitments");

    private final SearchBackend backend;

    SearchService(SearchBackend backend) {
        this.backend = backend;
    }

    /**
     * @param seesInternal whether the caller may see INTERNAL responses (SUPERVISOR, LEADER) or only PUBLIC
     *                     ones (MONITOR)
     */
    CompletableFuture<SearchPage> search(SearchParameters parameters, boolean seesInternal) {
        SearchTerms terms = SearchTerms.parse(parameters.q());
        SearchParameters.SearchSort sort = terms.required().isEmpty()
                && parameters.sort() == SearchParameters.SearchSort.RELEVANCE
                ? SearchParameters.SearchSort.DATE : parameters.sort();
        String fingerprint = SearchCursor.fingerprint(terms.toString(), parameters.filters().toString(),
                sort.name(), Boolean.toString(seesInternal));
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(backend.indices().casesAlias(), backend.indices().responsesAlias())
                .query(SearchQueries.query(terms, parameters.filters(), seesInternal,
                        backend.indices().pairFieldsSearchable()))
                .sort(SearchQueries.sort(sort))
                .size(parameters.size())
                .trackTotalHits(t -> t.enabled(true))
                .aggregations(SearchQueries.aggregations())
                .source(SOURCE);
        if (parameters.cursor() != null) {
            request.searchAfter(SearchCursor.decode(parameters.cursor(), sort, fingerprint,
                    SearchQueries.sortValueKinds(sort)));
        } else {
            request.from(parameters.page() * parameters.size());
        }
        if (!terms.required().isEmpty()) {
            // No track_scores: a hit shows its score only when sorted by relevance, where the score is a sort
            // value and comes with every hit anyway; asking besides makes Elasticsearch score the page again.
            request.highlight(SearchQueries.highlight(terms));
        }

        return backend.searchAsync(request.build())
                .thenApply(response -> page(parameters, sort, fingerprint, response));
    }

    @SuppressWarnings("rawtypes")
    private static SearchPage page(SearchParameters parameters, SearchParameters.SearchSort sort, String fingerprint,
                                   SearchResponse<Map> response) {
        List<SearchPage.Hit> hits = response.hits().hits().stream()
                .map(h -> hit(h, sort == SearchParameters.SearchSort.RELEVANCE)).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String nextCursor = null;
        if (hits.size() == parameters.size()) {
            List<FieldValue> last = response.hits().hits().get(hits.size() - 1).sort();
            nextCursor = SearchCursor.encode(sort, fingerprint, last);
        }
        return new SearchPage(parameters.q(), total, parameters.page(), parameters.size(), sort.name(), nextCursor,
                hits, facets(response.aggregations()));
    }

    static Map<String, List<SearchPage.FacetCount>> facets(Map<String, Aggregate> aggregations) {
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : SearchQueries.FACETS.keySet()) {
            Aggregate agg = aggregations.get(name);
            List<SearchPage.FacetCount> counts = new ArrayList<>();
            if (agg != null && agg.isSterms()) {
                agg.sterms().buckets().array().forEach(b ->
                        counts.add(new SearchPage.FacetCount(b.key().stringValue(), b.docCount())));
            }
            facets.put(name, counts);
        }
        Aggregate overdue = aggregations.get("overdue");
        List<SearchPage.FacetCount> overdueCounts = new ArrayList<>();
        if (overdue != null && overdue.isFilters()) {
            overdue.filters().buckets().keyed().forEach((key, bucket) ->
                    overdueCounts.add(new SearchPage.FacetCount(key, bucket.docCount())));
            overdueCounts.sort((a, b) -> b.value().compareTo(a.value()));
        }
        facets.put("overdue", overdueCounts);
        return facets;
    }

    @SuppressWarnings("rawtypes")
    private static SearchPage.Hit hit(Hit<Map> hit, boolean scored) {
        Map source = hit.source() == null ? Map.of() : hit.source();
        String kind = string(source.get("kind"));
        String title = string(source.get("title") != null ? source.get("title") : source.get("caseTitle"));
        Double score = !scored || hit.score() == null || hit.score().isNaN() ? null : hit.score();
        Object channel = source.get("channel");
        return new SearchPage.Hit(
                kind,
                string(source.get("caseId")),
                string(source.get("responseId")),
                title,
                string(source.get("topicArea")),
                string(source.get("status")),
                string(source.get("leadUnit")),
                string(source.get("publishingUnit") != null ? source.get("publishingUnit") : source.get("leadUnit")),
                string(source.get("region")),
                string(source.get("severity")),
                channel instanceof List<?> list ? (list.isEmpty() ? null : String.valueOf(list.get(0))) : string(channel),
                string(source.get("visibility")),
                strings(source.get("commitmentStatus")),
                string(source.get("reportedAt")),
                string(source.get("respondedAt")),
                string(source.get("dueAt")),
                Boolean.TRUE.equals(source.get("overdue")),
                Boolean.TRUE.equals(source.get("merged")),
                string(source.get("mergedInto")),
                score,
                highlights(hit.highlight()));
    }

    private static Map<String, List<String>> highlights(Map<String, List<String>> raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String field : SearchQueries.HIGHLIGHTED) {
            List<String> fragments = raw.get(field);
            if (fragments != null && !fragments.isEmpty()) {
                out.merge(HIGHLIGHT_NAMES.get(field), fragments, (a, b) -> {
                    List<String> merged = new ArrayList<>(a);
                    merged.addAll(b);
                    return merged;
                });
            }
        }
        return out;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
