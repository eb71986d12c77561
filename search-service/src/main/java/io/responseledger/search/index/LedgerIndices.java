package io.responseledger.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Creates the indices behind the aliases when they are missing. Safe to call from several instances at
 * once: each index is created together with its alias in one request, and losing that race is success.
 */
@Singleton
public class LedgerIndices {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerIndices.class);

    private final ElasticsearchClient client;
    private final IndexSettings settings;
    private volatile boolean ready;

    LedgerIndices(ElasticsearchClient client, IndexSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public String casesAlias() {
        return settings.casesAlias();
    }

    public String responsesAlias() {
        return settings.responsesAlias();
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

    /** Makes sure both aliases exist; cheap once they do. */
    public void ensureReady() throws IOException {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            create(settings.casesAlias(), settings.casesIndex(), IndexMappings.cases(settings.textAnalyzer()));
            create(settings.responsesAlias(), settings.responsesIndex(), IndexMappings.responses(settings.textAnalyzer()));
            ready = true;
        }
    }

    /** Called when a write found an alias missing (deleted by hand, say), so the next call recreates it. */
    public void forgetReadiness() {
        ready = false;
    }

    private void create(String alias, String index, TypeMapping mapping) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            return;
        }
        try {
            client.indices().create(c -> c
                    .index(index)
                    .settings(s -> s
                            .numberOfShards(Integer.toString(settings.shards()))
                            .numberOfReplicas(Integer.toString(settings.replicas())))
                    .mappings(mapping)
                    .aliases(alias, a -> a.isWriteIndex(true)));
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
        }
    }
}
