package io.responseledger.search.index;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.regex.Pattern;

/**
 * Where the search documents live. Readers and writers only ever use the aliases; the versioned index
 * behind an alias can be replaced by a rebuild without either side noticing.
 *
 * @param prefix       first part of every alias and index name, so several installations (or test runs)
 *                     can share one cluster
 * @param shards       primary shards of a newly created index
 * @param replicas     replicas of a newly created index (0 on a single node, or the cluster stays yellow)
 * @param textAnalyzer analyzer of the full-text fields; {@code standard} works on a plain node, a cluster with
 *                     a Chinese analysis plugin can name its analyzer here (takes effect for new indices).
 *                     {@code ledger.search.analyzer} is a shorter name for the same setting.
 * @param pairPhrases  match Chinese phrases on the character-pair sub-fields where that gives the same result
 *                     (docs/search.md, "Chinese matching"); off, every phrase is matched on the texts
 *                     themselves, slower at a million documents, same hits
 */
@ConfigurationProperties("ledger.search.index")
public record IndexSettings(
        @Bindable(defaultValue = "ledger") String prefix,
        @Bindable(defaultValue = "1") int shards,
        @Bindable(defaultValue = "0") int replicas,
        @Bindable(defaultValue = "standard") String textAnalyzer,
        @Bindable(defaultValue = "true") boolean pairPhrases) {

    /** The version of the mappings in {@link IndexMappings}; a new version means a new index and a rebuild. */
    static final int MAPPING_VERSION = 3;

    private static final Pattern VALID_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,100}");
    private static final Pattern VALID_ANALYZER = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    public IndexSettings {
        if (prefix == null || !VALID_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "ledger.search.index.prefix must be lowercase letters, digits, '-', '_' or '.', got: " + prefix);
        }
        if (textAnalyzer == null || !VALID_ANALYZER.matcher(textAnalyzer).matches()) {
            throw new IllegalArgumentException("ledger.search.analyzer must name an analyzer, got: " + textAnalyzer);
        }
    }

    public String alias(IndexKind kind) {
        return prefix + "-" + kind.suffix();
    }

    public String casesAlias() {
        return alias(IndexKind.CASES);
    }

    public String responsesAlias() {
        return alias(IndexKind.RESPONSES);
    }

    public String commitmentsAlias() {
        return alias(IndexKind.COMMITMENTS);
    }

    /** The index created at startup when the alias is missing. */
    String initialIndex(IndexKind kind) {
        return alias(kind) + "-v" + MAPPING_VERSION;
    }
}
