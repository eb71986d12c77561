package io.responseledger.search.index;

/**
 * Where one write goes: the aliases in normal operation, or the concrete indices of a rebuild that is filling
 * new indices before the aliases move to them.
 *
 * @param viaAliases true when the names are aliases; writes then require the alias to exist, so a missing
 *                   alias fails the write instead of auto-creating an index with guessed mappings
 */
public record IndexTargets(String cases, String responses, String commitments, boolean viaAliases) {

    /** Concrete indices, e.g. those a rebuild created with {@link LedgerIndices#createIndex}. */
    public static IndexTargets concrete(String cases, String responses, String commitments) {
        return new IndexTargets(cases, responses, commitments, false);
    }

    public String of(IndexKind kind) {
        return switch (kind) {
            case CASES -> cases;
            case RESPONSES -> responses;
            case COMMITMENTS -> commitments;
        };
    }
}
