package io.responseledger.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.responseledger.search.index.LedgerIndices;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Map;

/**
 * Every read of the search indices goes through here, so that "Elasticsearch cannot answer" becomes the same
 * 503 problem for search and for the leader views.
 */
@Singleton
public class SearchBackend {

    private final ElasticsearchClient client;
    private final LedgerIndices indices;

    SearchBackend(ElasticsearchClient client, LedgerIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    public LedgerIndices indices() {
        return indices;
    }

    @SuppressWarnings("rawtypes")
    public SearchResponse<Map> search(SearchRequest request) {
        try {
            indices.ensureReady();
            return client.search(request, Map.class);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch unreachable: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw unavailableOrRethrow(e);
        } catch (IllegalStateException e) {
            throw new SearchUnavailableException("Search indices not ready: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("rawtypes")
    public GetResponse<Map> get(String index, String id) {
        try {
            indices.ensureReady();
            return client.get(g -> g.index(index).id(id), Map.class);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch unreachable: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw unavailableOrRethrow(e);
        }
    }

    private static RuntimeException unavailableOrRethrow(ElasticsearchException e) {
        if (e.status() >= 500 || e.status() == 429 || "index_not_found_exception".equals(e.error().type())) {
            return new SearchUnavailableException("Elasticsearch cannot search: " + e.error().type(), e);
        }
        return e;
    }
}
