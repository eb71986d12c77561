package io.responseledger.search.views;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.core.annotation.Nullable;
import io.responseledger.search.index.LedgerZone;
import io.responseledger.search.query.SearchBackend;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Two sorted queries (cases late for a response, late commitments), merged oldest first. */
@Singleton
class OverdueView {

    private final SearchBackend backend;

    OverdueView(SearchBackend backend) {
        this.backend = backend;
    }

    OverdueList overdue(ViewParameters p, int limit, Instant now) {
        LocalDate today = now.atZone(LedgerZone.ZONE).toLocalDate();
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> cases = backend.search(new SearchRequest.Builder()
                .index(backend.indices().casesAlias())
                .size(limit)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> {
                    b.mustNot(m -> m.terms(t -> t.field("status")
                            .terms(v -> v.value(List.of(FieldValue.of("CLOSED"), FieldValue.of("REJECTED"))))));
                    b.mustNot(m -> m.term(t -> t.field("merged").value(true)));
                    b.mustNot(m -> m.exists(e -> e.field("respondedAt")));
                    b.filter(f -> f.bool(o -> o
                            .should(s -> s.term(t -> t.field("responseOverdue").value(true)))
                            .should(s -> s.range(r -> r.date(d -> d.field("responseDueAt").lt(now.toString()))))
                            .minimumShouldMatch("1")));
                    p.filters("leadUnit").forEach(b::filter);
                    return b;
                }))
                .sort(s -> s.field(f -> f.field("responseDueAt").order(SortOrder.Asc).missing("_first")))
                .sort(s -> s.field(f -> f.field("docId").order(SortOrder.Asc)))
                .build());
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> commitments = backend.search(new SearchRequest.Builder()
                .index(backend.indices().commitmentsAlias())
                .size(limit)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> {
                    b.filter(Query.of(o -> o.bool(x -> x
                            .should(CommitmentOutcome.overdue(today))
                            .should(s -> s.bool(f -> f
                                    .filter(t -> t.term(v -> v.field("status").value("VERIFICATION_FAILED")))
                                    .filter(t -> t.range(r -> r.date(d -> d.field("rectificationDueDate")
                                            .lt(today.toString()))))))
                            .minimumShouldMatch("1"))));
                    p.filters("ownerUnit").forEach(b::filter);
                    return b;
                }))
                .sort(s -> s.field(f -> f.field("effectiveDueDate").order(SortOrder.Asc)))
                .sort(s -> s.field(f -> f.field("docId").order(SortOrder.Asc)))
                .build());

        List<OverdueList.Item> items = new ArrayList<>();
        cases.hits().hits().forEach(h -> items.add(caseItem(h, today)));
        commitments.hits().hits().forEach(h -> items.add(commitmentItem(h, today)));
        items.sort(Comparator.comparingLong(OverdueList.Item::daysLate).reversed()
                .thenComparing(OverdueList.Item::caseId));
        return new OverdueList(today.toString(), total(cases), total(commitments),
                items.size() > limit ? List.copyOf(items.subList(0, limit)) : items);
    }

    @SuppressWarnings("rawtypes")
    private static OverdueList.Item caseItem(Hit<Map> hit, LocalDate today) {
        Map s = hit.source();
        String dueAt = str(s.get("responseDueAt"));
        LocalDate due = dueAt == null ? null : Instant.parse(dueAt).atZone(LedgerZone.ZONE).toLocalDate();
        return new OverdueList.Item("RESPONSE", str(s.get("caseId")), null, null, str(s.get("title")), null,
                str(s.get("leadUnit")), str(s.get("topicArea")), due == null ? null : due.toString(),
                daysLate(due, today), str(s.get("status")));
    }

    @SuppressWarnings("rawtypes")
    private static OverdueList.Item commitmentItem(Hit<Map> hit, LocalDate today) {
        Map s = hit.source();
        String dueText = str(s.get("effectiveDueDate"));
        LocalDate due = dueText == null ? null : LocalDate.parse(dueText.substring(0, 10));
        return new OverdueList.Item("COMMITMENT", str(s.get("caseId")), str(s.get("responseId")),
                str(s.get("commitmentId")), str(s.get("caseTitle")), str(s.get("content")), str(s.get("ownerUnit")),
                str(s.get("topicArea")), due == null ? null : due.toString(), daysLate(due, today),
                str(s.get("status")));
    }

    private static long daysLate(@Nullable LocalDate due, LocalDate today) {
        return due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, today));
    }

    @SuppressWarnings("rawtypes")
    private static long total(SearchResponse<Map> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
