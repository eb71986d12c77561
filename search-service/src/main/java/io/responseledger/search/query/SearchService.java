package io.responseledger.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.responseledger.search.index.LedgerIndices;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Searches cases and responses together, through both aliases in one request. */
@Singleton
class SearchService {

    /** Only what a hit shows; the long texts come back as highlights, not whole. */
    private static final List<String> SOURCE_FIELDS = List.of(
            "kind", "caseId", "responseId", "title", "caseTitle", "topicArea", "status", "leadUnit");

    /** Highlight field → name in the response. A response's case title shows as its title. */
    private static final Map<String, String> HIGHLIGHT_NAMES = Map.of(
            "title", "title",
            "caseTitle", "title",
            "text", "text",
            "reportText", "reportText",
            "commitments.content", "commitments");

    private final ElasticsearchClient client;
    private final LedgerIndices indices;

    SearchService(ElasticsearchClient client, LedgerIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    SearchPage search(SearchParameters parameters) {
        SearchTerms terms = SearchTerms.parse(parameters.q());
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(indices.casesAlias(), indices.responsesAlias())
                .query(SearchQueries.query(terms))
                .sort(SearchQueries.sort(terms))
                .from(parameters.page() * parameters.size())
                .size(parameters.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.includes(SOURCE_FIELDS)));
        if (!terms.required().isEmpty()) {
            request.highlight(SearchQueries.highlight()).trackScores(true);
        }

        SearchResponse<Map> response;
        try {
            indices.ensureReady();
            response = client.search(request.build(), Map.class);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch unreachable: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429 || "index_not_found_exception".equals(e.error().type())) {
                throw new SearchUnavailableException("Elasticsearch cannot search: " + e.error().type(), e);
            }
            throw e;
        }

        List<SearchPage.Hit> hits = response.hits().hits().stream().map(SearchService::hit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchPage(parameters.q(), total, parameters.page(), parameters.size(), hits);
    }

    @SuppressWarnings("rawtypes")
    private static SearchPage.Hit hit(Hit<Map> hit) {
        Map source = hit.source() == null ? Map.of() : hit.source();
        String kind = string(source.get("kind"));
        String title = string(source.get("title") != null ? source.get("title") : source.get("caseTitle"));
        Double score = hit.score() == null || hit.score().isNaN() ? null : hit.score();
        return new SearchPage.Hit(
                kind,
                string(source.get("caseId")),
                string(source.get("responseId")),
                title,
                string(source.get("topicArea")),
                string(source.get("status")),
                string(source.get("leadUnit")),
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

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
