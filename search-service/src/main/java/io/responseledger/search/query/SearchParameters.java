package io.responseledger.search.query;

import io.responseledger.search.problem.InvalidParameterException;

/** The validated parameters of one search request. */
record SearchParameters(String q, int page, int size) {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_SIZE = 100;
    /** Elasticsearch's default index.max_result_window: from + size beyond it is refused. */
    static final int MAX_WINDOW = 10_000;

    static SearchParameters of(String q, int page, int size) {
        String query = q == null ? "" : q;
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "查询词不能超过 " + MAX_QUERY_LENGTH + " 个字符");
        }
        if (page < 0) {
            throw new InvalidParameterException("page", "page 不能小于 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", "size 必须在 1 到 " + MAX_SIZE + " 之间");
        }
        if (((long) page + 1) * size > MAX_WINDOW) {
            throw new InvalidParameterException("page",
                    "只能翻到前 " + MAX_WINDOW + " 条结果，请缩小查询范围");
        }
        return new SearchParameters(query, page, size);
    }
}
