package io.responseledger.search.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.search.index.IndexTargets;
import io.responseledger.search.indexing.SearchDocuments;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a whole poll of replayed events in one bulk request, where the live consumer sends one per event:
 * a rebuild reads the topic from the beginning, and one request per event would make it take hours.
 *
 * <p>The documents are exactly those of {@code ElasticsearchCaseIndex.write(event, targets)}: the case, each
 * response and each commitment, from {@link SearchDocuments}, each at {@code version = caseVersion} with
 * external versioning. Within one batch only the highest version of each case is written: every event carries
 * the whole case, so a lower version in the same batch would lose anyway.
 */
@Singleton
class ReplayWriter {

    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;
    private static final int TOO_MANY_REQUESTS = 429;

    private final ElasticsearchClient client;

    ReplayWriter(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @param documentsWritten documents created or replaced (not those skipped as stale)
     * @param eventsRefused    events whose documents the index refused for good (a mapping conflict, say)
     */
    record Outcome(long documentsWritten, long eventsRefused) {
    }

    /** Elasticsearch unreachable, overloaded or missing an index: the same batch may be written again. */
    static final class RetryableWriteException extends Exception {
        RetryableWriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Outcome write(Collection<CaseEvent> events, IndexTargets targets) throws RetryableWriteException {
        Map<UUID, CaseEvent> latest = new LinkedHashMap<>();
        for (CaseEvent event : events) {
            latest.merge(event.caseId(), event, (a, b) -> b.caseVersion() > a.caseVersion() ? b : a);
        }
        List<BulkOperation> operations = new ArrayList<>();
        List<UUID> caseOfOperation = new ArrayList<>();
        for (CaseEvent event : latest.values()) {
            CaseSnapshot snapshot = event.snapshot();
            long version = event.caseVersion();
            add(operations, caseOfOperation, snapshot.id(), targets.cases(), snapshot.id(), version,
                    SearchDocuments.caseDocument(snapshot, version));
            for (CaseSnapshot.Response response : snapshot.responses()) {
                add(operations, caseOfOperation, snapshot.id(), targets.responses(), response.id(), version,
                        SearchDocuments.responseDocument(snapshot, response, version));
                for (CaseSnapshot.Commitment commitment : response.commitments()) {
                    add(operations, caseOfOperation, snapshot.id(), targets.commitments(), commitment.id(), version,
                            SearchDocuments.commitmentDocument(snapshot, response, commitment, version));
                }
            }
        }
        if (operations.isEmpty()) {
            return new Outcome(0, 0);
        }
        BulkResponse result;
        try {
            result = client.bulk(BulkRequest.of(b -> b.operations(operations)));
        } catch (IOException e) {
            throw new RetryableWriteException("Elasticsearch unreachable: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw new RetryableWriteException("Elasticsearch refused the bulk request: " + e.error().type(), e);
        }
        long written = 0;
        Set<UUID> refused = new HashSet<>();
        String retryable = null;
        List<BulkResponseItem> items = result.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                written++;
            } else if (item.status() == CONFLICT) {
                continue;
            } else if (item.status() == NOT_FOUND || item.status() == TOO_MANY_REQUESTS || item.status() >= 500) {
                retryable = item.status() + " " + item.error().type();
            } else {
                refused.add(caseOfOperation.get(i));
            }
        }
        if (retryable != null) {
            // Written documents are harmless to write again: the second time they are stale.
            throw new RetryableWriteException("Elasticsearch did not take every document: " + retryable, null);
        }
        return new Outcome(written, refused.size());
    }

    private static void add(List<BulkOperation> operations, List<UUID> caseOfOperation, UUID caseId, String index,
                            UUID id, long version, Object document) {
        operations.add(BulkOperation.of(op -> op.index(i -> i
                .index(index)
                .id(id.toString())
                .version(version)
                .versionType(VersionType.External)
                .document(document))));
        caseOfOperation.add(caseId);
    }
}
