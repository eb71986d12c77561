package io.responseledger.cases.casefile;

import io.micronaut.data.model.Sort;

/**
 * The orders a case list can be read in. The id always breaks ties, so paging is stable; cases without a
 * response deadline come last when sorting by it (NULLS LAST on PostgreSQL, and on H2 in PostgreSQL mode).
 */
public enum CaseOrder {
    /** Most recently opened first (the default). */
    NEWEST(Sort.of(Sort.Order.desc("openedAt"), Sort.Order.desc("id"))),
    /** Oldest first. */
    OLDEST(Sort.of(Sort.Order.asc("openedAt"), Sort.Order.asc("id"))),
    /** Nearest response deadline first: what a unit must answer next. */
    DUE(Sort.of(Sort.Order.asc("responseDueAt"), Sort.Order.asc("id"))),
    /** Most recently changed first. */
    UPDATED(Sort.of(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));

    private final Sort sort;

    CaseOrder(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }
}
