package io.responseledger.search.index;

/**
 * The three kinds of search documents, each in its own index behind its own alias. Cases and responses are
 * what a search returns; commitments get their own documents so that fulfilment can be counted per
 * commitment (by owner unit, by status) with plain aggregations.
 */
public enum IndexKind {
    CASES("cases"),
    RESPONSES("responses"),
    COMMITMENTS("commitments");

    private final String suffix;

    IndexKind(String suffix) {
        this.suffix = suffix;
    }

    /** The part of the alias after the prefix: {@code <prefix>-<suffix>}. */
    public String suffix() {
        return suffix;
    }
}
