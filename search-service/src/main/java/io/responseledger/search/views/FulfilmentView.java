package io.responseledger.search.views;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.responseledger.search.query.SearchBackend;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Counts commitments by outcome with one aggregation request over the commitment index. */
@Singleton
class FulfilmentView {

    /** More units or topic areas than this in one period would not be a table anyone reads. */
    static final int MAX_GROUPS = 1_000;

    private final SearchBackend backend;

    FulfilmentView(SearchBackend backend) {
        this.backend = backend;
    }

    Fulfilment fulfilment(ViewParameters p, LocalDate today) {
        Map<String, Query> outcomes = CommitmentOutcome.filters(today);
        Aggregation byOutcome = Aggregation.of(a -> a.filters(f -> f
                .filters(k -> k.keyed(outcomes))
                .otherBucket(true)
                .otherBucketKey(CommitmentOutcome.PENDING.name())));
        SearchRequest request = new SearchRequest.Builder()
                .index(backend.indices().commitmentsAlias())
                .size(0)
                .query(q -> q.bool(b -> {
                    b.filter(ViewParameters.range("madeAt", p.period()));
                    p.filters("ownerUnit").forEach(b::filter);
                    return b;
                }))
                .aggregations("outcome", byOutcome)
                .aggregations("byUnit", a -> a
                        .terms(t -> t.field("ownerUnit").size(MAX_GROUPS))
                        .aggregations("outcome", byOutcome))
                .aggregations("byTopicArea", a -> a
                        .terms(t -> t.field("topicArea").size(MAX_GROUPS))
                        .aggregations("outcome", byOutcome))
                .build();
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = backend.search(request);
        long made = response.hits().total() == null ? 0 : response.hits().total().value();
        Fulfilment.Row total = row(null, made, response.aggregations().get("outcome"));
        return new Fulfilment(p.period().from().toString(), p.period().to().toString(), today.toString(), total,
                groups(response.aggregations().get("byUnit")), groups(response.aggregations().get("byTopicArea")));
    }

    private static List<Fulfilment.Row> groups(Aggregate terms) {
        List<Fulfilment.Row> rows = new ArrayList<>();
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            rows.add(row(bucket.key().stringValue(), bucket.docCount(), bucket.aggregations().get("outcome")));
        }
        return rows;
    }

    private static Fulfilment.Row row(String group, long made, Aggregate outcome) {
        Map<String, FiltersBucket> buckets = outcome.filters().buckets().keyed();
        return Fulfilment.Row.of(group, made,
                count(buckets, CommitmentOutcome.KEPT_ON_TIME),
                count(buckets, CommitmentOutcome.KEPT_LATE),
                count(buckets, CommitmentOutcome.OVERDUE),
                count(buckets, CommitmentOutcome.FAILED),
                count(buckets, CommitmentOutcome.WITHDRAWN),
                count(buckets, CommitmentOutcome.PENDING));
    }

    private static long count(Map<String, FiltersBucket> buckets, CommitmentOutcome outcome) {
        FiltersBucket bucket = buckets.get(outcome.name());
        return bucket == null ? 0 : bucket.docCount();
    }
}
