package io.responseledger.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.micronaut.scheduling.TaskExecutors;
import io.responseledger.search.index.LedgerIndices;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Every read of the search indices goes through here, so that "Elasticsearch cannot answer" becomes the same
 * 503 problem for search and for the leader views.
 */
@Singleton
public class SearchBackend {

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient asyncClient;
    private final LedgerIndices indices;
    private final Executor blocking;

    SearchBackend(ElasticsearchClient client, ElasticsearchAsyncClient asyncClient, LedgerIndices indices,
                  @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.client = client;
        this.asyncClient = asyncClient;
        this.indices = indices;
        this.blocking = blocking;
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

    /**
     * The same search without holding a thread while Elasticsearch works: the request leaves from the calling
     * thread (an event loop) and the answer is decoded on the client's I/O thread that received it. A search
     * through the blocking variant crosses four threads (event loop, worker, I/O thread, worker, event loop);
     * on two busy cores each crossing waits for a CPU, and that wait was most of what the service added to
     * Elasticsearch's own time (docs/benchmarks.md, "Search"). Only when the aliases are not known to exist
     * yet does the check that creates them run on a worker first, as it blocks.
     *
     * @return completes with {@link SearchUnavailableException} when Elasticsearch cannot answer
     */
    @SuppressWarnings("rawtypes")
    public CompletableFuture<SearchResponse<Map>> searchAsync(SearchRequest request) {
        CompletableFuture<Void> ready = indices.isReady()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> {
                    try {
                        indices.ensureReady();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, blocking);
        CompletableFuture<SearchResponse<Map>> answer = ready.thenCompose(none -> asyncClient.search(request, Map.class));
        return answer.exceptionallyCompose(failure -> CompletableFuture.failedFuture(asUnavailable(failure)));
    }

    /** The failure as the same exceptions {@link #search} throws. */
    private static Throwable asUnavailable(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException) {
            return new SearchUnavailableException("Elasticsearch unreachable: " + cause.getMessage(), cause);
        }
        if (cause instanceof ElasticsearchException e) {
            return unavailableOrRethrow(e);
        }
        if (cause instanceof IllegalStateException) {
            return new SearchUnavailableException("Search indices not ready: " + cause.getMessage(), cause);
        }
        return cause;
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
