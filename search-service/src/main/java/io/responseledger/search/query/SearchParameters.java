package io.responseledger.search.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.responseledger.contracts.Severity;
import io.responseledger.search.problem.InvalidParameterException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The validated parameters of one search request. */
record SearchParameters(String q, SearchFilters filters, SearchSort sort, int page, int size,
                        @Nullable String cursor) {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_SIZE = 100;
    /** Elasticsearch's default index.max_result_window: from + size beyond it is refused. */
    static final int MAX_WINDOW = 10_000;
    static final int MAX_CURSOR_LENGTH = 1_000;

    static final Set<String> NAMES = Set.of("q", "page", "size", "sort", "cursor",
            "kind", "topicArea", "unit", "severity", "status", "commitmentStatus", "channel", "region",
            "reportedFrom", "reportedTo", "respondedFrom", "respondedTo", "dueFrom", "dueTo", "overdue");

    private static final Set<String> SEVERITIES =
            Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> KINDS = Set.of("CASE", "RESPONSE");

    /** Query, page and size only: no filters, default order. */
    static SearchParameters of(String q, int page, int size) {
        return of(q, SearchFilters.NONE, null, page, size, null);
    }

    static SearchParameters of(@Nullable String q, SearchFilters filters, @Nullable SearchSort sort, int page,
                               int size, @Nullable String cursor) {
        String query = q == null ? "" : q;
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "q（查询词）不能超过 " + MAX_QUERY_LENGTH + " 个字符");
        }
        if (page < 0) {
            throw new InvalidParameterException("page", "page 不能小于 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", "size 必须在 1 到 " + MAX_SIZE + " 之间");
        }
        if (((long) page + 1) * size > MAX_WINDOW) {
            throw new InvalidParameterException("page",
                    "只能翻到前 " + MAX_WINDOW + " 条结果；更深的翻页请使用上一页返回的 cursor");
        }
        if (cursor != null && page > 0) {
            throw new InvalidParameterException("cursor", "cursor 与 page 不能同时使用");
        }
        SearchSort order = sort != null ? sort
                : SearchTerms.parse(query).required().isEmpty() ? SearchSort.DATE : SearchSort.RELEVANCE;
        return new SearchParameters(query, filters, order, page, size, cursor);
    }

    static SearchParameters from(HttpParameters http) {
        RequestParameters p = RequestParameters.of(http, NAMES);
        String sortValue = p.string("sort", 20);
        SearchSort sort = null;
        if (sortValue != null && !sortValue.isBlank()) {
            try {
                sort = SearchSort.valueOf(sortValue.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("sort", "sort 的取值必须是 relevance、date 或 due 之一");
            }
        }
        String cursor = p.string("cursor", MAX_CURSOR_LENGTH);
        SearchFilters filters = new SearchFilters(
                p.enumerated("kind", KINDS),
                p.strings("topicArea"),
                p.strings("unit"),
                p.enumerated("severity", SEVERITIES),
                p.strings("status"),
                p.strings("commitmentStatus"),
                p.strings("channel"),
                p.strings("region"),
                p.dayRange("reportedFrom", "reportedTo"),
                p.dayRange("respondedFrom", "respondedTo"),
                p.dayRange("dueFrom", "dueTo"),
                p.bool("overdue"));
        String q = p.string("q", MAX_QUERY_LENGTH);
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "q（查询词）不能超过 " + MAX_QUERY_LENGTH + " 个字符");
        }
        return of(q, filters, sort, p.integer("page", 0, 0, Integer.MAX_VALUE), sizeOf(p),
                cursor == null || cursor.isBlank() ? null : cursor);
    }

    private static int sizeOf(RequestParameters p) {
        return p.integer("size", 20, 1, MAX_SIZE);
    }

    /** How hits are ordered. */
    enum SearchSort {
        /** Best match first, then newest; without query words the same as DATE. */
        RELEVANCE,
        /** Newest activity first (case: last change, response: publication). */
        DATE,
        /** Nearest deadline first; hits without a pending deadline last. */
        DUE
    }

    /**
     * Filters; each list matches any of its values, different filters must all hold. Ranges are whole days in
     * China Standard Time.
     */
    record SearchFilters(
            List<String> kind,
            List<String> topicArea,
            List<String> unit,
            List<String> severity,
            List<String> status,
            List<String> commitmentStatus,
            List<String> channel,
            List<String> region,
            RequestParameters.DayRange reported,
            RequestParameters.DayRange responded,
            RequestParameters.DayRange due,
            @Nullable Boolean overdue) {

        static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), new RequestParameters.DayRange(null, null),
                new RequestParameters.DayRange(null, null), new RequestParameters.DayRange(null, null), null);
    }
}
