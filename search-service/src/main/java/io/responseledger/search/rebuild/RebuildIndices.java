package io.responseledger.search.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ExpandWildcard;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import io.responseledger.search.index.IndexKind;
import io.responseledger.search.index.IndexTargets;
import io.responseledger.search.index.LedgerIndices;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Elasticsearch side of a rebuild: new concrete indices next to the live ones, the atomic switch of every
 * alias, and the removal of indices no alias needs any more.
 *
 * <p>Index names: the index created at first start is {@code <alias>-v<mapping version>}, a rebuild's is
 * {@code <alias>-r<UTC timestamp to the millisecond>}, so names sort by age and a rebuild never collides with
 * the initial index or an earlier rebuild.
 */
@Singleton
class RebuildIndices {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildIndices.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    /** While a new index is filled nobody searches it, so refreshing it would only cost time. */
    private static final String NO_REFRESH = "-1";
    private static final String DEFAULT_REFRESH = "1s";

    private final ElasticsearchClient client;
    private final LedgerIndices indices;

    RebuildIndices(ElasticsearchClient client, LedgerIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /** Creates one empty index of each kind with the current mappings, refresh switched off. */
    Map<IndexKind, String> create(Instant startedAt) throws IOException {
        indices.ensureReady();
        Map<IndexKind, String> created = new EnumMap<>(IndexKind.class);
        String stamp = STAMP.format(startedAt);
        try {
            for (IndexKind kind : IndexKind.values()) {
                String name = indices.alias(kind) + "-r" + stamp;
                indices.createIndex(kind, name);
                created.put(kind, name);
                client.indices().putSettings(p -> p.index(name).settings(s -> s.refreshInterval(t -> t.time(NO_REFRESH))));
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(created);
            throw e;
        }
        return created;
    }

    static IndexTargets targets(Map<IndexKind, String> created) {
        return IndexTargets.concrete(created.get(IndexKind.CASES), created.get(IndexKind.RESPONSES),
                created.get(IndexKind.COMMITMENTS));
    }

    /** Turns refresh back on and refreshes, so the indices answer searches fully the moment they are switched in. */
    void makeSearchable(Map<IndexKind, String> created) throws IOException {
        List<String> names = List.copyOf(created.values());
        client.indices().putSettings(p -> p.index(names).settings(s -> s.refreshInterval(t -> t.time(DEFAULT_REFRESH))));
        client.indices().refresh(r -> r.index(names));
    }

    /**
     * Points every alias at its new index, in one {@code _aliases} request: Elasticsearch applies all of its
     * actions atomically, so a search sees either all old or all new indices, never none and never a mix.
     *
     * @return the indices the aliases pointed at before
     */
    List<String> switchAliases(Map<IndexKind, String> created) throws IOException {
        List<Action> actions = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        for (IndexKind kind : IndexKind.values()) {
            String alias = indices.alias(kind);
            for (String old : current(alias)) {
                previous.add(old);
                actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
            }
            actions.add(Action.of(a -> a.add(ad -> ad.index(created.get(kind)).alias(alias).isWriteIndex(true))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
        LOG.info("Switched aliases to {} (previously {})", created.values(), previous);
        return previous;
    }

    /**
     * Deletes this installation's indices no alias points at, keeping the {@code keep} most recent of each
     * kind. Only names this service creates are considered, so another installation's indices (another
     * prefix) and hand-made ones are never touched.
     */
    List<String> removeOld(int keep) throws IOException {
        List<String> removed = new ArrayList<>();
        for (IndexKind kind : IndexKind.values()) {
            String alias = indices.alias(kind);
            Pattern own = Pattern.compile(Pattern.quote(alias) + "-(v|r)(\\d+)");
            List<String> live = current(alias);
            List<String> unused = client.indices()
                    .get(g -> g.index(alias + "-*").expandWildcards(ExpandWildcard.Open, ExpandWildcard.Closed))
                    .result().keySet().stream()
                    .filter(name -> own.matcher(name).matches() && !live.contains(name))
                    .sorted(Comparator.comparing((String name) -> age(own, name)).reversed())
                    .toList();
            List<String> doomed = unused.stream().skip(keep).toList();
            if (!doomed.isEmpty()) {
                client.indices().delete(d -> d.index(doomed));
                removed.addAll(doomed);
                LOG.info("Removed old indices {}", doomed);
            }
        }
        return removed;
    }

    /** Deletes the indices of a rebuild that did not get to the switch. */
    void deleteQuietly(Map<IndexKind, String> created) {
        if (created.isEmpty()) {
            return;
        }
        List<String> names = List.copyOf(created.values());
        try {
            client.indices().delete(d -> d.index(names).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete the unfinished rebuild's indices {}: {}", names, e.getMessage());
        }
    }

    private List<String> current(String alias) throws IOException {
        return List.copyOf(client.indices().getAlias(g -> g.name(alias)).result().keySet());
    }

    /** Initial indices (v) are older than every rebuild (r); within each, the number orders them. */
    private static String age(Pattern own, String name) {
        Matcher m = own.matcher(name);
        if (!m.matches()) {
            return "";
        }
        return ("v".equals(m.group(1)) ? "0" : "1") + String.format("%020d", Long.parseLong(m.group(2)));
    }
}
