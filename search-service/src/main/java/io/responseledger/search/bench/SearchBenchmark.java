package io.responseledger.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.contracts.Topics;
import io.responseledger.search.index.IndexKind;
import io.responseledger.search.index.LedgerIndices;
import io.responseledger.search.indexing.SearchDocuments;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search benchmark's steps, run by {@code deploy/bench/search} (which documents the whole run):
 * <pre>
 *   load       --prefix P --docs N --data DIR            bulk-load N documents into fresh indices (fast path)
 *   init-group --group G                                 commit the topic's end offsets for a new group
 *   query      --prefix P --service URL --queries Q [--warmup W] [--warmup-max M] [--warmup-uptime S]
 *              [--service-pid PID] [--elasticsearch-pid PID]
 *                                                        p50/p99 through the service and straight to Elasticsearch,
 *                                                        after at least W warm-up rounds, until the service has
 *                                                        been up S seconds and the JITs of the two processes are
 *                                                        quiet (at most M rounds); with the service's pid, its CPU
 *                                                        per search by kind of thread
 *   lag        --service URL --rate R --seconds S --data DIR [--warm-up W]
 *                                                        W s of warm-up load (default 10), then S s of steady
 *                                                        load; lag percentiles from /prometheus
 *   rebuild    --service URL --events E --data DIR       publish E events, rebuild, events per second
 * </pre>
 * Tokens come from the environment: {@code BENCH_LEADER_TOKEN}, {@code BENCH_ADMIN_TOKEN}.
 */
public final class SearchBenchmark {

    /** The phrases of the typical leader query; each run cycles through them. */
    static final List<String> PHRASES = List.of("拖欠工资", "物业管理", "噪音扰民", "停车", "学位", "医保", "违章建筑", "油烟");

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private SearchBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: SearchBenchmark load|init-group|query|lag|rebuild [--option value]...");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        SearchBenchmark bench = new SearchBenchmark(options);
        switch (args[0]) {
            case "load" -> bench.load();
            case "init-group" -> bench.initGroup();
            case "query" -> bench.query();
            case "lag" -> bench.lag();
            case "rebuild" -> bench.rebuild();
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
        System.exit(0);
    }

    // ------------------------------------------------------------------ load

    private void load() throws Exception {
        String prefix = option("prefix");
        long docs = Long.parseLong(option("docs"));
        BenchCorpus corpus = BenchCorpus.read(Path.of(option("data")));
        try (ApplicationContext context = ApplicationContext.run(serviceProperties(prefix))) {
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            LedgerIndices indices = context.getBean(LedgerIndices.class);
            deleteIndices(client, prefix);
            // The context created the aliases at startup; they are gone now and must be created afresh.
            indices.forgetReadiness();
            indices.ensureReady();
            List<String> names = new ArrayList<>();
            for (IndexKind kind : IndexKind.values()) {
                names.addAll(client.indices().getAlias(g -> g.name(indices.alias(kind))).result().keySet());
            }
            client.indices().putSettings(p -> p.index(names).settings(s -> s.refreshInterval(t -> t.time("-1"))));

            Random random = new Random(20240301L);
            long written = 0;
            long cases = 0;
            long started = System.nanoTime();
            Instant now = Instant.now();
            try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(2000)
                    .maxConcurrentRequests(2).maxSize(8L * 1024 * 1024))) {
                while (written < docs) {
                    UUID caseId = new UUID(random.nextLong(), random.nextLong());
                    long version = random.nextInt(10) < 3 ? 1 : 2;
                    CaseSnapshot snapshot = corpus.event(random, caseId, version,
                            now.minusSeconds(random.nextInt(3600 * 24 * 700))).snapshot();
                    cases++;
                    written += add(ingester, indices.alias(IndexKind.CASES), caseId,
                            SearchDocuments.caseDocument(snapshot, version));
                    for (CaseSnapshot.Response response : snapshot.responses()) {
                        if (written >= docs) {
                            break;
                        }
                        written += add(ingester, indices.alias(IndexKind.RESPONSES), response.id(),
                                SearchDocuments.responseDocument(snapshot, response, version));
                        for (CaseSnapshot.Commitment commitment : response.commitments()) {
                            if (written >= docs) {
                                break;
                            }
                            written += add(ingester, indices.alias(IndexKind.COMMITMENTS), commitment.id(),
                                    SearchDocuments.commitmentDocument(snapshot, response, commitment, version));
                        }
                    }
                    if (cases % 50_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %,d documents queued (%.0f s)%n", written, seconds(started));
                    }
                }
            }
            double bulkSeconds = seconds(started);
            client.indices().putSettings(p -> p.index(names).settings(s -> s.refreshInterval(t -> t.time("1s"))));
            client.indices().refresh(r -> r.index(names));
            double totalSeconds = seconds(started);
            long count = 0;
            for (String name : names) {
                count += client.count(c -> c.index(name)).count();
            }
            System.out.printf(Locale.ROOT, "load: %,d documents (%,d cases) from %,d real subjects in %.1f s "
                            + "(bulk %.1f s, %,.0f docs/s; refresh included %.1f s); index holds %,d%n",
                    written, cases, corpus.subjectCount(), totalSeconds, bulkSeconds, written / bulkSeconds,
                    totalSeconds, count);
        }
    }

    private static long add(BulkIngester<Void> ingester, String alias, UUID id, Object document) {
        ingester.add(op -> op.index(i -> i.index(alias).id(id.toString()).document(document)));
        return 1;
    }

    private static void deleteIndices(ElasticsearchClient client, String prefix) throws IOException {
        List<String> names = List.copyOf(client.indices().get(g -> g.index(prefix + "-*")).result().keySet());
        if (!names.isEmpty()) {
            client.indices().delete(d -> d.index(names));
        }
    }

    // ------------------------------------------------------------------ consumer group

    private void initGroup() {
        Properties props = kafkaProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, option("group"));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            consumer.endOffsets(partitions).forEach((p, offset) -> ends.put(p, new OffsetAndMetadata(offset)));
            consumer.commitSync(ends);
            System.out.printf(Locale.ROOT, "init-group: %s starts at the end of %s (%,d events before it)%n",
                    option("group"), Topics.CASE_EVENTS, ends.values().stream().mapToLong(OffsetAndMetadata::offset).sum());
        }
    }

    // ------------------------------------------------------------------ query

    private void query() throws Exception {
        String prefix = option("prefix");
        URI service = URI.create(option("service"));
        URI elasticsearch = URI.create(System.getenv().getOrDefault("ELASTICSEARCH_URL", "http://127.0.0.1:9200"));
        int queries = Integer.parseInt(option("queries"));
        String token = env("BENCH_LEADER_TOKEN");
        // The figure wanted is the steady state of a service that runs for days, not its first minutes: a method
        // called once per request is compiled by C2 only after about 5,000 requests, and on two busy cores that
        // went on for 8,000-9,000 rounds, the compiler taking 2-4 ms of CPU per request from the requests being
        // timed (docs/benchmarks.md, "Warm-up"). So warm up for at least --warmup rounds, then on until the JIT
        // compilers of the service and of Elasticsearch are quiet, at most --warmup-max rounds.
        // Nor the service's first minutes: compiled code of the request path is thrown away and compiled again in
        // bursts for minutes after the start (60 methods at once when the first run of the once-a-minute tasks
        // loads new classes at 61 s, more at 73, 85, ... 158 s, the Kafka consumer's at its 5-minute metadata
        // refresh), and until it is recompiled it runs slower without the compilers looking busy. So warm up until
        // the service has been up --warmup-uptime seconds too (docs/benchmarks.md, "Steady state").
        int minWarmUp = Integer.parseInt(options.getOrDefault("warmup", "3000"));
        int maxWarmUp = Math.max(minWarmUp, Integer.parseInt(options.getOrDefault("warmup-max", "60000")));
        Duration minUptime = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-uptime", "330")));
        ThreadCpu serviceCpu = ThreadCpu.of(pids(options.getOrDefault("service-pid", "")));
        ThreadCpu bothCpu = ThreadCpu.of(pids(options.getOrDefault("service-pid", "") + ","
                + options.getOrDefault("elasticsearch-pid", "")));

        List<String> serviceQueries = PHRASES.stream().map(SearchBenchmark::leaderQuery).toList();
        List<RecordingProxy.Captured> direct = capture(prefix, elasticsearch, serviceQueries, token);
        System.out.println("query: " + serviceQueries.get(0) + " (and " + (PHRASES.size() - 1)
                + " other phrases); sequential, the service and Elasticsearch taking turns to go first");

        QueryRound round = new QueryRound(service, elasticsearch, serviceQueries, direct, token);
        Instant serviceStarted = startOf(options.getOrDefault("service-pid", ""));
        int warmUp = warmUp(round, bothCpu, minWarmUp, maxWarmUp, serviceStarted.plus(minUptime));
        System.out.printf(Locale.ROOT, "query: service up %d s when measuring starts (at least %d s)%n",
                Duration.between(serviceStarted, Instant.now()).toSeconds(), minUptime.toSeconds());

        long[] viaService = new long[queries];
        long[] straight = new long[queries];
        long hits = 0;
        double compilerBefore = bothCpu == null ? 0 : bothCpu.seconds(ThreadCpu.JIT_COMPILERS);
        double[] serviceBefore = serviceCpu == null ? null : serviceCpuByKind(serviceCpu);
        long measuringSince = System.nanoTime();
        for (int i = 0; i < queries; i++) {
            long[] elapsed = round.run(warmUp + i);
            viaService[i] = elapsed[0];
            straight[i] = elapsed[1];
            if (i < PHRASES.size()) {
                hits += total(round.lastAnswer);
            }
        }
        double measuredSeconds = seconds(measuringSince);
        if (bothCpu != null) {
            System.out.printf(Locale.ROOT, "query: JIT compilers busy %.1f%% of the measured %.0f s%n",
                    100 * (bothCpu.seconds(ThreadCpu.JIT_COMPILERS) - compilerBefore) / measuredSeconds, measuredSeconds);
        }
        if (serviceCpu != null) {
            double[] after = serviceCpuByKind(serviceCpu);
            System.out.printf(Locale.ROOT, "query: service CPU per search while measuring: event loop %.2f ms, "
                            + "Elasticsearch client I/O %.2f ms, other threads (JIT, GC, Kafka consumer) %.2f ms%n",
                    1000 * (after[0] - serviceBefore[0]) / queries, 1000 * (after[1] - serviceBefore[1]) / queries,
                    1000 * (after[2] - serviceBefore[2]) / queries);
        }
        Arrays.sort(viaService);
        Arrays.sort(straight);
        double s50 = ms(percentile(viaService, 0.50));
        double s99 = ms(percentile(viaService, 0.99));
        double e50 = ms(percentile(straight, 0.50));
        double e99 = ms(percentile(straight, 0.99));
        System.out.printf(Locale.ROOT, "query: %,d measured rounds after %,d warm-up rounds%n", queries, warmUp);
        System.out.printf(Locale.ROOT, "query: hits per query (first round, average) %,d%n", hits / PHRASES.size());
        System.out.printf(Locale.ROOT, "query: through the service  p50 %6.1f ms  p99 %6.1f ms  (goal p99 < 50 ms: %s)%n",
                s50, s99, s99 < 50 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "query: straight to ES       p50 %6.1f ms  p99 %6.1f ms%n", e50, e99);
        System.out.printf(Locale.ROOT, "query: overhead ratio       p50 %6.2fx    p99 %6.2fx   (goal < 1.2x: %s)%n",
                s50 / e50, s99 / e99, s50 / e50 < 1.2 && s99 / e99 < 1.2 ? "met" : "NOT met");
    }

    /**
     * Runs rounds in blocks until at least {@code min} have run, the clock is past {@code notBefore} and the
     * compilers spent under 2 % of the last block's time (a few stray compilations go on for ever), or
     * {@code max} have run.
     *
     * @return the number of warm-up rounds run
     */
    private static int warmUp(QueryRound round, ThreadCpu jit, int min, int max, Instant notBefore) throws Exception {
        int block = 500;
        int done = 0;
        double share = Double.NaN;
        while (done < max) {
            double compilerBefore = jit == null ? 0 : jit.seconds(ThreadCpu.JIT_COMPILERS);
            long since = System.nanoTime();
            int n = Math.min(block, max - done);
            for (int i = 0; i < n; i++) {
                round.run(done + i);
            }
            done += n;
            share = jit == null ? Double.NaN : (jit.seconds(ThreadCpu.JIT_COMPILERS) - compilerBefore) / seconds(since);
            if (done >= min && !Instant.now().isBefore(notBefore) && (jit == null || share < 0.02)) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "query: warm-up %,d rounds (at least %,d); JIT compilers busy in its last "
                + "%d rounds: %s%n", done, min, block, jit == null ? "not known (no /proc)"
                : String.format(Locale.ROOT, "%.1f%%%s", 100 * share, share < 0.02 ? "" : " (warm-up limit reached)"));
        return done;
    }

    /** One query through the service and the same search straight to Elasticsearch, taking turns to go first. */
    private final class QueryRound {
        private final List<HttpRequest> viaService = new ArrayList<>();
        private final List<HttpRequest> straight = new ArrayList<>();
        String lastAnswer;

        QueryRound(URI service, URI elasticsearch, List<String> serviceQueries, List<RecordingProxy.Captured> direct,
                   String token) {
            for (int variant = 0; variant < serviceQueries.size(); variant++) {
                viaService.add(HttpRequest.newBuilder(service.resolve(serviceQueries.get(variant)))
                        .header("Authorization", "Bearer " + token).GET().build());
                RecordingProxy.Captured c = direct.get(variant);
                HttpRequest.Builder raw = HttpRequest.newBuilder(elasticsearch.resolve(c.pathAndQuery()))
                        .method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.body()));
                c.headers().forEach((name, values) -> {
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (lower.equals("content-type") || lower.equals("accept")) {
                        values.forEach(v -> raw.header(name, v));
                    }
                });
                straight.add(raw.build());
            }
        }

        /** @return nanoseconds through the service, then straight to Elasticsearch */
        long[] run(int roundNumber) throws Exception {
            int variant = Math.floorMod(roundNumber, PHRASES.size());
            // Whichever goes second finds the query's postings and filters freshly cached by the first: take
            // turns, so that neither side has that advantage every time.
            boolean serviceFirst = Math.floorMod(roundNumber / PHRASES.size(), 2) == 0;
            long[] elapsed = new long[2];
            for (int turn = 0; turn < 2; turn++) {
                boolean viaServiceTurn = (turn == 0) == serviceFirst;
                long t0 = System.nanoTime();
                HttpResponse<String> response = http.send(
                        viaServiceTurn ? viaService.get(variant) : straight.get(variant),
                        HttpResponse.BodyHandlers.ofString());
                elapsed[viaServiceTurn ? 0 : 1] = System.nanoTime() - t0;
                if (viaServiceTurn) {
                    require(response.statusCode() == 200, "service answered " + response.statusCode() + ": " + response.body());
                    lastAnswer = response.body();
                } else {
                    require(response.statusCode() == 200, "Elasticsearch answered " + response.statusCode());
                }
            }
            return elapsed;
        }
    }

    /** CPU seconds so far: event loops, Elasticsearch client I/O threads, all other threads. */
    private static double[] serviceCpuByKind(ThreadCpu service) {
        double loops = service.seconds(ThreadCpu.EVENT_LOOPS);
        double client = service.seconds(ThreadCpu.ELASTICSEARCH_CLIENT);
        return new double[] {loops, client, service.seconds(name -> true) - loops - client};
    }

    /** When the process started; now when it is not given or not known (the uptime floor then counts from now). */
    private static Instant startOf(String pid) {
        return pid.isBlank() ? Instant.now() : ProcessHandle.of(Long.parseLong(pid.trim()))
                .flatMap(process -> process.info().startInstant()).orElseGet(Instant::now);
    }

    private static List<Long> pids(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .map(Long::parseLong).toList();
    }

    /** Chinese phrase + topic area + status filters; the response carries the facets. */
    private static String leaderQuery(String phrase) {
        return "/api/v1/search?q=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8)
                + "&topicArea=" + BenchCorpus.TOPIC_AREAS.get(1) + "&status=RESPONDED&size=20";
    }

    /**
     * Runs the service in this JVM once, pointed at a recording proxy, and keeps the Elasticsearch request it
     * sends for each query, so the direct measurement sends exactly that.
     */
    private List<RecordingProxy.Captured> capture(String prefix, URI elasticsearch, List<String> queries, String token)
            throws Exception {
        List<RecordingProxy.Captured> captured = new ArrayList<>();
        try (RecordingProxy proxy = new RecordingProxy(elasticsearch)) {
            Map<String, Object> props = serviceProperties(prefix);
            props.put("elasticsearch.http-hosts", proxy.url());
            props.put("micronaut.server.port", -1);
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
                for (String query : queries) {
                    proxy.clear();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.getURI().resolve(query))
                            .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                    require(answer.statusCode() == 200, "capture: service answered " + answer.statusCode() + ": " + answer.body());
                    List<RecordingProxy.Captured> searches = proxy.searches();
                    require(searches.size() == 1, "capture: expected one _search per query, saw " + searches.size());
                    captured.add(searches.get(0));
                }
            }
        }
        return captured;
    }

    // ------------------------------------------------------------------ lag

    private void lag() throws Exception {
        URI service = URI.create(option("service"));
        int rate = Integer.parseInt(option("rate"));
        int durationSeconds = Integer.parseInt(option("seconds"));
        int warmUpSeconds = Integer.parseInt(options.getOrDefault("warm-up", "10"));
        BenchCorpus corpus = BenchCorpus.read(Path.of(option("data")));
        Histogram before = scrape(service);
        if (warmUpSeconds > 0) {
            // The first events after a start meet a cold consumer (JIT, connections, first fetches); like the
            // query warm-up rounds, they are measured apart, and the steady load is measured after them.
            long warmUp = produceSteadily(corpus, rate, warmUpSeconds);
            Histogram warm = awaitIndexed(service, before, warmUp);
            Histogram window = warm.minus(before);
            System.out.printf(Locale.ROOT, "lag: warm-up, %,d events at %d/s right after the service started: "
                            + "p50 %.3f s, p99 %.3f s (not part of the figure below)%n",
                    warmUp, rate, window.quantile(0.5), window.quantile(0.99));
            before = warm;
        }
        long sent = produceSteadily(corpus, rate, durationSeconds);
        Histogram after = awaitIndexed(service, before, sent);
        Histogram window = after.minus(before);
        System.out.printf(Locale.ROOT, "lag: %,d events at %d/s for %d s; indexed %,d; event time -> acknowledged by "
                        + "Elasticsearch: p50 %.3f s, p99 %.3f s, mean %.3f s (goal p99 < 2 s: %s); searchable at most "
                        + "one refresh interval (1 s) later%n",
                sent, rate, durationSeconds, (long) window.count, window.quantile(0.5), window.quantile(0.99),
                window.sum / Math.max(1, window.count), window.quantile(0.99) < 2 ? "met" : "NOT met");
    }

    /** New cases, version 1 or 2, {@code occurredAt} = now, at {@code rate} per second; returns how many. */
    private long produceSteadily(BenchCorpus corpus, int rate, int seconds) throws Exception {
        long sent = 0;
        JsonMapper json = ObjectMapper.getDefault();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            Random random = new Random();
            long start = System.nanoTime();
            long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
            for (long i = 0; i < (long) rate * seconds; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                UUID caseId = UUID.randomUUID();
                CaseEvent event = corpus.event(random, caseId, 1 + random.nextInt(2), Instant.now());
                producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, caseId.toString(), json.writeValueAsBytes(event)));
                sent++;
            }
            producer.flush();
        }
        return sent;
    }

    private Histogram awaitIndexed(URI service, Histogram before, long sent) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        Histogram now = scrape(service);
        while (now.indexed - before.indexed < sent && System.nanoTime() < deadline) {
            Thread.sleep(500);
            now = scrape(service);
        }
        return now;
    }

    // ------------------------------------------------------------------ rebuild

    private void rebuild() throws Exception {
        URI service = URI.create(option("service"));
        long events = Long.parseLong(option("events"));
        BenchCorpus corpus = BenchCorpus.read(Path.of(option("data")));
        JsonMapper json = ObjectMapper.getDefault();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            Random random = new Random(7L);
            for (long i = 0; i < events; i++) {
                UUID caseId = new UUID(random.nextLong(), random.nextLong());
                CaseEvent event = corpus.event(random, caseId, 1 + random.nextInt(2), Instant.now());
                producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, caseId.toString(), json.writeValueAsBytes(event)));
            }
            producer.flush();
        }
        String admin = env("BENCH_ADMIN_TOKEN");
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(service.resolve("/api/v1/admin/rebuilds"))
                .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        require(started.statusCode() == 202, "rebuild: service answered " + started.statusCode() + ": " + started.body());
        String id = field(started.body(), "id");
        String view;
        long t0 = System.nanoTime();
        long lastPrint = 0;
        while (true) {
            view = http.send(HttpRequest.newBuilder(service.resolve("/api/v1/admin/rebuilds/" + id))
                    .header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!"RUNNING".equals(field(view, "state"))) {
                break;
            }
            if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(10)) {
                lastPrint = System.nanoTime();
                System.out.printf(Locale.ROOT, "  rebuild %s: %s %s/%s events%n", id, field(view, "step"),
                        field(view, "eventsRead"), field(view, "eventsTotal"));
            }
            Thread.sleep(250);
        }
        double seconds = seconds(t0);
        long read = Long.parseLong(field(view, "eventsRead"));
        long documents = Long.parseLong(field(view, "documentsWritten"));
        System.out.printf(Locale.ROOT, "rebuild: %s after %.1f s: %,d events read (%,d skipped), %,d documents written; "
                        + "%,.0f events/s, %,.0f documents/s%n", field(view, "state"), seconds, read,
                Long.parseLong(field(view, "eventsSkipped")), documents, read / seconds, documents / seconds);
        require("SWITCHED".equals(field(view, "state")), "rebuild failed: " + view);
    }

    // ------------------------------------------------------------------ helpers

    /** The lag histogram and the indexed counter, as exported at /prometheus. */
    private Histogram scrape(URI service) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(service.resolve("/prometheus"))
                .header("Authorization", "Bearer " + env("BENCH_ADMIN_TOKEN")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        require(answer.statusCode() == 200, "/prometheus answered " + answer.statusCode());
        Histogram h = new Histogram();
        Pattern bucket = Pattern.compile("^ledger_search_indexing_lag_seconds_bucket\\{le=\"([^\"]+)\"} (\\S+)");
        for (String line : answer.body().split("\n")) {
            Matcher m = bucket.matcher(line);
            if (m.find()) {
                double le = m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
                h.buckets.put(le, Double.parseDouble(m.group(2)));
            } else if (line.startsWith("ledger_search_indexing_lag_seconds_count ")) {
                h.count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("ledger_search_indexing_lag_seconds_sum ")) {
                h.sum = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("ledger_search_events_indexed_total{outcome=\"written\"")) {
                h.indexed = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return h;
    }

    /** Cumulative buckets; quantiles interpolated within a bucket as Prometheus' histogram_quantile does. */
    static final class Histogram {
        final TreeMap<Double, Double> buckets = new TreeMap<>();
        double count;
        double sum;
        double indexed;

        Histogram minus(Histogram earlier) {
            Histogram d = new Histogram();
            buckets.forEach((le, c) -> d.buckets.put(le, c - earlier.buckets.getOrDefault(le, 0.0)));
            d.count = count - earlier.count;
            d.sum = sum - earlier.sum;
            d.indexed = indexed - earlier.indexed;
            return d;
        }

        double quantile(double q) {
            double total = buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
            if (total <= 0) {
                return Double.NaN;
            }
            double rank = q * total;
            double lowerBound = 0;
            double lowerCount = 0;
            for (Map.Entry<Double, Double> b : buckets.entrySet()) {
                if (b.getValue() >= rank) {
                    if (b.getKey().isInfinite()) {
                        return lowerBound;
                    }
                    double inBucket = b.getValue() - lowerCount;
                    return lowerBound + (b.getKey() - lowerBound) * (inBucket == 0 ? 1 : (rank - lowerCount) / inBucket);
                }
                lowerBound = b.getKey();
                lowerCount = b.getValue();
            }
            return lowerBound;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = kafkaProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static Properties kafkaProperties() {
        Properties props = new Properties();
        props.put("bootstrap.servers", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        return props;
    }

    private static Map<String, Object> serviceProperties(String prefix) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("ledger.search.index.prefix", prefix);
        props.put("ledger.search.consumer.enabled", "false");
        props.put("ledger.rate-limit.enabled", "false");
        return props;
    }

    private static long total(String body) {
        String value = field(body, "total");
        return value == null ? 0 : Long.parseLong(value);
    }

    /** A top-level scalar of a JSON object; enough for the few fields read here. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+|true|false|null)")
                .matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    private static long percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private String option(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
