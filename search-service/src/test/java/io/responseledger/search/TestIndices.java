package io.responseledger.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

/** A fresh index prefix per test class and run, so runs never see each other's documents. */
public final class TestIndices {

    private TestIndices() {
    }

    public static String newPrefix() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    /** Deletes the indices behind the prefix's aliases; wildcards are refused by default in Elasticsearch 8. */
    public static void delete(ElasticsearchClient client, String prefix) throws IOException {
        client.indices().delete(d -> d
                .index(prefix + "-cases-v3", prefix + "-responses-v3", prefix + "-commitments-v3")
                .ignoreUnavailable(true));
    }

    public static void refresh(ElasticsearchClient client, String prefix) throws IOException {
        client.indices().refresh(r -> r.index(prefix + "-cases", prefix + "-responses", prefix + "-commitments"));
    }
}
