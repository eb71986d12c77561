package io.responseledger.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.search.index.IndexTargets;
import io.responseledger.search.index.LedgerIndices;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a batch of events in one bulk request, with external versioning: Elasticsearch keeps a document
 * only if the incoming case version is higher than the stored one, so a redelivered or late event can never
 * roll a document back, whatever order the events arrive in. One request per batch rather than per event:
 * each request costs a round trip and a translog fsync, which at a steady load added up to a queue.
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
    public List<Outcome> write(List<CaseEvent> events) {
        ensureIndices();
        return write(events, indices.aliasTargets());
    }

    @Override
    public List<Outcome> write(List<CaseEvent> events, IndexTargets targets) {
        Outcome[] outcomes = new Outcome[events.size()];
        Map<UUID, Integer> latest = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            latest.merge(events.get(i).caseId(), i,
                    (kept, next) -> events.get(next).caseVersion() > events.get(kept).caseVersion() ? next : kept);
        }
        List<BulkOperation> operations = new ArrayList<>();
        List<Integer> eventOfOperation = new ArrayList<>();
        List<Integer> inRequest = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (latest.get(events.get(i).caseId()) != i) {
                outcomes[i] = Outcome.superseded();
                continue;
            }
            List<BulkOperation> ofEvent;
            try {
                ofEvent = operations(events.get(i), targets);
            } catch (RuntimeException e) {
                // The documents cannot be built from this snapshot: not known to pass by itself.
                outcomes[i] = Outcome.refused("indexing failed: " + e.getClass().getSimpleName());
                continue;
            }
            operations.addAll(ofEvent);
            ofEvent.forEach(op -> eventOfOperation.add(inRequest.size()));
            inRequest.add(i);
        }
        if (!inRequest.isEmpty()) {
            List<Outcome> written = send(operations, eventOfOperation, inRequest.stream().map(events::get).toList(), targets);
            for (int k = 0; k < inRequest.size(); k++) {
                outcomes[inRequest.get(k)] = written.get(k);
            }
        }
        return Arrays.asList(outcomes);
    }

    /** Sends one bulk request for {@code events}, whose documents {@code operations} are; one outcome each. */
    private List<Outcome> send(List<BulkOperation> operations, List<Integer> eventOfOperation, List<CaseEvent> events,
                               IndexTargets targets) {
        BulkResponse result;
        try {
            // Writing to a name that is not an alias would silently create an index with dynamic mappings.
            result = client.bulk(b -> b.operations(operations).requireAlias(targets.viaAliases()));
        } catch (IOException e) {
            throw new TransientIndexingException("Elasticsearch unreachable: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if (isTransient(e.status())) {
                throw new TransientIndexingException("Elasticsearch refused the bulk request: " + e.getMessage(), e);
            }
            return oneByOne(events, targets, "index refused the documents: " + e.error().type());
        } catch (RuntimeException e) {
            return oneByOne(events, targets, "indexing failed: " + e.getClass().getSimpleName());
        }

        int[] written = new int[events.size()];
        int[] stale = new int[events.size()];
        String[] refused = new String[events.size()];
        String transientFailure = null;
        List<BulkResponseItem> items = result.items();
        for (int k = 0; k < items.size(); k++) {
            BulkResponseItem item = items.get(k);
            int event = eventOfOperation.get(k);
            ErrorCause error = item.error();
            if (error == null) {
                written[event]++;
            } else if (item.status() == CONFLICT) {
                stale[event]++;
            } else if (item.status() == NOT_FOUND || isTransient(item.status())) {
                if (item.status() == NOT_FOUND && targets.viaAliases()) {
                    indices.forgetReadiness();
                }
                transientFailure = item.status() + " " + error.type();
            } else {
                refused[event] = "index refused a document: " + item.status() + " " + error.type();
            }
        }
        if (transientFailure != null) {
            throw new TransientIndexingException("Elasticsearch did not take every document: " + transientFailure);
        }
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (refused[i] != null) {
                outcomes.add(Outcome.refused(refused[i]));
            } else {
                outcomes.add(new Outcome(written[i] > 0 ? Result.WRITTEN : Result.STALE, written[i], stale[i], null));
            }
        }
        return outcomes;
    }

    /**
     * The whole request was refused for good: with one event that event is refused; with more, each is sent
     * on its own, so that one bad event does not take the others with it.
     */
    private List<Outcome> oneByOne(List<CaseEvent> events, IndexTargets targets, String reason) {
        if (events.size() == 1) {
            return List.of(Outcome.refused(reason));
        }
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (CaseEvent event : events) {
            outcomes.add(write(List.of(event), targets).get(0));
        }
        return outcomes;
    }

    private static List<BulkOperation> operations(CaseEvent event, IndexTargets targets) {
        CaseSnapshot snapshot = event.snapshot();
        long version = event.caseVersion();
        List<BulkOperation> operations = new ArrayList<>();
        operations.add(index(targets.cases(), snapshot.id(), version, SearchDocuments.caseDocument(snapshot, version)));
        for (CaseSnapshot.Response response : SearchDocuments.nullToEmpty(snapshot.responses())) {
            operations.add(index(targets.responses(), response.id(), version,
                    SearchDocuments.responseDocument(snapshot, response, version)));
            for (CaseSnapshot.Commitment commitment : SearchDocuments.nullToEmpty(response.commitments())) {
                operations.add(index(targets.commitments(), commitment.id(), version,
                        SearchDocuments.commitmentDocument(snapshot, response, commitment, version)));
            }
        }
        return operations;
    }

    private static BulkOperation index(String target, UUID id, long version, Object document) {
        return BulkOperation.of(op -> op.index(i -> i
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
