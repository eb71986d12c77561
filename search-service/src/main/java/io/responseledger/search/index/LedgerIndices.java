package io.responseledger.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Creates the indices behind the aliases when they are missing, and fresh indices for a rebuild. Safe to call
 * from several instances at once: each initial index is created together with its alias in one request, and
 * losing that race is success.
 */
@Singleton
public class LedgerIndices {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerIndices.class);

    private final ElasticsearchClient client;
    private final IndexSettings settings;
    private volatile boolean ready;
    /** Every alias on an index with the current mappings, as last seen. */
    private volatile boolean currentMappings;

    LedgerIndices(ElasticsearchClient client, IndexSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public String alias(IndexKind kind) {
        return settings.alias(kind);
    }

    public String casesAlias() {
        return settings.casesAlias();
    }

    public String responsesAlias() {
        return settings.responsesAlias();
    }

    public String commitmentsAlias() {
        return settings.commitmentsAlias();
    }

    /** Every alias by kind. */
    public Map<IndexKind, String> aliases() {
        Map<IndexKind, String> aliases = new EnumMap<>(IndexKind.class);
        for (IndexKind kind : IndexKind.values()) {
            aliases.put(kind, settings.alias(kind));
        }
        return aliases;
    }

    /** Normal writes: through the aliases, which must exist. */
    public IndexTargets aliasTargets() {
        return new IndexTargets(casesAlias(), responsesAlias(), commitmentsAlias(), true);
    }

    /**
     * Creates an empty index of this kind under {@code name}, with the current mappings, analysis and shard
     * settings, and no alias. A rebuild fills it (writing with {@code IndexTargets.concrete}) and then moves
     * the alias.
     *
     * @throws ElasticsearchException (type {@code resource_already_exists_exception}) when the name is taken
     */
    public void createIndex(IndexKind kind, String name) throws IOException {
        client.indices().create(request(kind, name).build());
        LOG.info("Created index {} ({})", name, kind);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            ensureReady();
        } catch (IOException | RuntimeException e) {
            // Not fatal: writers and readers call ensureReady() again and retry until Elasticsearch is back.
            LOG.warn("Elasticsearch indices not ready at startup, will retry on first use: {}", e.getMessage());
        }
    }

    /** Whether every alias is known to exist, so that {@link #ensureReady()} would return at once. */
    public boolean isReady() {
        return ready;
    }

    /** Makes sure every alias exists; cheap once they do. */
    public void ensureReady() throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            boolean current = true;
            for (IndexKind kind : IndexKind.values()) {
                current &= createWithAlias(kind);
            }
            currentMappings = current;
            ready = true;
        }
    }

    /** Called when a write found an alias missing (deleted by hand, say), so the next call recreates it. */
    public void forgetReadiness() {
        ready = false;
    }

    /**
     * Whether a Chinese phrase may be searched on the character-pair sub-fields of the texts: only when the
     * texts are analysed by the standard analyzer (a Chinese analysis plugin cuts words, and its phrases are not
     * the pairs' phrases) and every alias is on indices with the current mappings (older ones lack some pair
     * fields until a rebuild moves the aliases; searches then stay on the texts themselves).
     */
    public boolean pairFieldsSearchable() {
        return settings.pairPhrases() && currentMappings && "standard".equals(settings.textAnalyzer());
    }

    /** A rebuild, on this instance or another, may have moved the aliases onto indices with newer mappings. */
    @Scheduled(fixedDelay = "${ledger.search.index.mapping-check-interval:1m}",
            initialDelay = "${ledger.search.index.mapping-check-interval:1m}")
    void recheckMappings() {
        if (!ready) {
            return;
        }
        boolean current = true;
        for (IndexKind kind : IndexKind.values()) {
            current &= onCurrentMappings(settings.alias(kind), false);
        }
        if (current != currentMappings) {
            LOG.info("Indices behind the aliases {} the current mappings (version {})",
                    current ? "now all have" : "no longer all have", IndexSettings.MAPPING_VERSION);
        }
        currentMappings = current;
    }

    /**
     * An alias left on an index with older mappings still works, but new fields are not searchable. False also
     * when the mappings cannot be read: the older, slower search is right on any index.
     */
    private boolean onCurrentMappings(String alias, boolean warn) {
        try {
            boolean current = true;
            for (var entry : client.indices().getMapping(m -> m.index(alias)).result().entrySet()) {
                Map<String, co.elastic.clients.json.JsonData> meta = entry.getValue().mappings().meta();
                co.elastic.clients.json.JsonData version = meta == null ? null : meta.get(IndexMappings.MAPPING_VERSION_KEY);
                if (version == null || version.to(Integer.class) < IndexSettings.MAPPING_VERSION) {
                    current = false;
                    if (warn) {
                        LOG.warn("Index {} behind alias {} has mappings older than version {}: rebuild it so every "
                                + "filter and view works and Chinese phrases are searched on character pairs",
                                entry.getKey(), alias, IndexSettings.MAPPING_VERSION);
                    }
                }
            }
            return current;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not read the mappings of {}: {}", alias, e.getMessage());
            return false;
        }
    }

    private CreateIndexRequest.Builder request(IndexKind kind, String name) {
        return new CreateIndexRequest.Builder()
                .index(name)
                .settings(s -> s
                        .numberOfShards(Integer.toString(settings.shards()))
                        .numberOfReplicas(Integer.toString(settings.replicas()))
                        // Explicit, not the default: without it a shard that has not been searched for 30 s
                        // stops refreshing, and the next leader's search waits for the refresh it skipped.
                        .refreshInterval(t -> t.time("1s"))
                        .analysis(IndexMappings.analysis()))
                .mappings(IndexMappings.of(kind, settings.textAnalyzer()));
    }

    /** @return whether the alias is on indices with the current mappings */
    private boolean createWithAlias(IndexKind kind) throws IOException {
        String alias = settings.alias(kind);
        String index = settings.initialIndex(kind);
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            return onCurrentMappings(alias, true);
        }
        try {
            client.indices().create(request(kind, index).aliases(alias, a -> a.isWriteIndex(true)).build());
            LOG.info("Created index {} behind alias {}", index, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            // Another instance created it first, alias included, or the index lost its alias by hand.
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                throw new IllegalStateException("Index " + index + " exists but alias " + alias
                        + " does not point to it; add the alias or delete the index");
            }
            return onCurrentMappings(alias, true);
        }
        return true;
    }
}
