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
 *                     a Chinese analysis plugin can name its analyzer here (takes effect for new indices)
 */
@ConfigurationProperties("ledger.search.index")
public record IndexSettings(
        @Bindable(defaultValue = "ledger") String prefix,
        @Bindable(defaultValue = "1") int shards,
        @Bindable(defaultValue = "0") int replicas,
        @Bindable(defaultValue = "standard") String textAnalyzer) {

    /** The version of the mappings in {@link IndexMappings}; a new version means a new index and a rebuild. */
    static final int MAPPING_VERSION = 1;

    private static final Pattern VALID_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,100}");

    public IndexSettings {
        if (prefix == null || !VALID_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "ledger.search.index.prefix must be lowercase letters, digits, '-', '_' or '.', got: " + prefix);
        }
    }

    public String casesAlias() {
        return prefix + "-cases";
    }

    public String responsesAlias() {
        return prefix + "-responses";
    }

    String casesIndex() {
        return casesAlias() + "-v" + MAPPING_VERSION;
    }

    String responsesIndex() {
        return responsesAlias() + "-v" + MAPPING_VERSION;
    }
}
