package io.responseledger.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.search.index.IndexTargets;
import io.responseledger.search.index.LedgerIndices;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.UUID;

/**
 * Writes with external versioning: Elasticsearch keeps a document only if the incoming case version is
 * higher than the stored one, so a redelivered or late event can never roll a document back, whatever
 * order the events arrive in.
 */
@Singleton
public class ElasticsearchCaseIndex implements CaseIndex {

    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;
    private static final int TOO_MANY_REQUESTS = 429;

    private final ElasticsearchClient client;
    private final LedgerIndices indices;

    ElasticsearchCaseIndex(ElasticsearchClient client, LedgerIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    @Override
    public WriteOutcome write(CaseEvent event) throws InvalidCaseEventException {
        ensureIndices();
        return write(event, indices.aliasTargets());
    }

    @Override
    public WriteOutcome write(CaseEvent event, IndexTargets targets) throws InvalidCaseEventException {
        CaseSnapshot snapshot = event.snapshot();
        long version = event.caseVersion();

        BulkRequest.Builder bulk = new BulkRequest.Builder()
                // Writing to a name that is not an alias would silently create an index with dynamic mappings.
                .requireAlias(targets.viaAliases());
        index(bulk, targets.cases(), snapshot.id(), version,
                SearchDocuments.caseDocument(snapshot, version));
        for (CaseSnapshot.Response response : SearchDocuments.nullToEmpty(snapshot.responses())) {
            index(bulk, targets.responses(), response.id(), version,
                    SearchDocuments.responseDocument(snapshot, response, version));
            for (CaseSnapshot.Commitment commitment : SearchDocuments.nullToEmpty(response.commitments())) {
                index(bulk, targets.commitments(), commitment.id(), version,
                        SearchDocuments.commitmentDocument(snapshot, response, commitment, version));
            }
        }

        BulkResponse result;
        try {
            result = client.bulk(bulk.build());
        } catch (IOException e) {
            throw new TransientIndexingException("Elasticsearch unreachable: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if (isTransient(e.status())) {
                throw new TransientIndexingException("Elasticsearch refused the bulk request: " + e.getMessage(), e);
            }
            throw new InvalidCaseEventException("index refused the documents: " + e.error().type());
        }
        return outcome(result);
    }

    private WriteOutcome outcome(BulkResponse result) throws InvalidCaseEventException {
        int written = 0;
        int stale = 0;
        String transientFailure = null;
        String permanentFailure = null;
        for (BulkResponseItem item : result.items()) {
            ErrorCause error = item.error();
            if (error == null) {
                written++;
            } else if (item.status() == CONFLICT) {
                stale++;
            } else if (item.status() == NOT_FOUND || isTransient(item.status())) {
                if (item.status() == NOT_FOUND) {
                    indices.forgetReadiness();
                }
                transientFailure = item.status() + " " + error.type();
            } else {
                permanentFailure = item.status() + " " + error.type();
            }
        }
        if (transientFailure != null) {
            throw new TransientIndexingException("Elasticsearch did not take every document: " + transientFailure);
        }
        if (permanentFailure != null) {
            throw new InvalidCaseEventException("index refused a document: " + permanentFailure);
        }
        return new WriteOutcome(written, stale);
    }

    private static void index(BulkRequest.Builder bulk, String target, UUID id, long version, Object document) {
        bulk.operations(op -> op.index(i -> i
                .index(target)
                .id(id.toString())
                .version(version)
                .versionType(VersionType.External)
                .document(document)));
    }

    private void ensureIndices() {
        try {
            indices.ensureReady();
        } catch (IOException e) {
            throw new TransientIndexingException("Elasticsearch unreachable: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new TransientIndexingException("Search indices not ready: " + e.getMessage(), e);
        }
    }

    private static boolean isTransient(int status) {
        return status == TOO_MANY_REQUESTS || status >= 500;
    }
}
