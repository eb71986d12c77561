package io.responseledger.search.views;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Where a commitment (承诺) stands for a leader, as of a day. Exactly one applies to each commitment; the same
 * rules run in Java (for a single commitment) and as Elasticsearch filters (for counting).
 *
 * <ul>
 *   <li>KEPT_ON_TIME: verified, and fulfilled by its due date;</li>
 *   <li>KEPT_LATE: verified, fulfilled after its due date;</li>
 *   <li>FAILED: the supervisor's verification failed (整改 pending or not);</li>
 *   <li>OVERDUE: marked overdue by the case service, or still open/in progress after its due date;</li>
 *   <li>WITHDRAWN: withdrawn with a reason;</li>
 *   <li>PENDING: anything else: not yet due, or claimed fulfilled and awaiting verification.</li>
 * </ul>
 */
enum CommitmentOutcome {
    KEPT_ON_TIME, KEPT_LATE, FAILED, OVERDUE, WITHDRAWN, PENDING;

    private static final List<String> STILL_OPEN = List.of("OPEN", "IN_PROGRESS");

    static CommitmentOutcome of(@Nullable String status, @Nullable LocalDate dueDate, @Nullable Boolean keptOnTime,
                                LocalDate today) {
        if (status == null) {
            return PENDING;
        }
        return switch (status) {
            case "VERIFIED" -> Boolean.FALSE.equals(keptOnTime) ? KEPT_LATE : KEPT_ON_TIME;
            case "VERIFICATION_FAILED" -> FAILED;
            case "WITHDRAWN" -> WITHDRAWN;
            case "OVERDUE" -> OVERDUE;
            case "OPEN", "IN_PROGRESS" -> dueDate != null && dueDate.isBefore(today) ? OVERDUE : PENDING;
            default -> PENDING;
        };
    }

    /**
     * Filters over the commitment index for every outcome but PENDING, which is what none of them match
     * (the "other" bucket of a filters aggregation).
     */
    static Map<String, Query> filters(LocalDate today) {
        Map<String, Query> filters = new LinkedHashMap<>();
        filters.put(KEPT_ON_TIME.name(), Query.of(q -> q.bool(b -> b
                .filter(status("VERIFIED"))
                .mustNot(m -> m.term(t -> t.field("keptOnTime").value(false))))));
        filters.put(KEPT_LATE.name(), Query.of(q -> q.bool(b -> b
                .filter(status("VERIFIED"))
                .filter(f -> f.term(t -> t.field("keptOnTime").value(false))))));
        filters.put(FAILED.name(), status("VERIFICATION_FAILED"));
        filters.put(OVERDUE.name(), overdue(today));
        filters.put(WITHDRAWN.name(), status("WITHDRAWN"));
        return filters;
    }

    /** Commitments late today: marked overdue, or still open after the due date. */
    static Query overdue(LocalDate today) {
        return Query.of(q -> q.bool(b -> b
                .should(status("OVERDUE"))
                .should(s -> s.bool(o -> o
                        .filter(f -> f.terms(t -> t.field("status")
                                .terms(v -> v.value(STILL_OPEN.stream().map(FieldValue::of).toList()))))
                        .filter(f -> f.range(r -> r.date(d -> d.field("dueDate").lt(today.toString()))))))
                .minimumShouldMatch("1")));
    }

    private static Query status(String status) {
        return Query.of(q -> q.term(t -> t.field("status").value(status)));
    }
}
