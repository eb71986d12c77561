package io.responseledger.cases.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.responseledger.cases.casefile.CaseService;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.cases.support.AgreedColumns;
import io.responseledger.cases.support.H2TestDatabase;
import io.responseledger.cases.support.PostgresTestDatabase;
import io.responseledger.cases.support.Reports;
import io.responseledger.cases.support.Tokens;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The case service's performance figures (docs/benchmarks.md, "Case service"): not a test, a command. Enabled
 * only with {@code -Dbenchmark=true}; {@code -Dbenchmark.db=h2|postgres} picks the database. Writes its figures to
 * {@code target/benchmarks/case-service-<db>.txt} (surefire keeps test output in files) and prints them there.
 *
 * <ol>
 *   <li>reports consumed into cases per second from a pre-filled {@code opinion.reports.v1} (the integration
 *       broker);</li>
 *   <li>record-response latency at a fixed arrival rate (open model: requests are sent on schedule whether or not
 *       earlier ones have finished, and latency counts from the scheduled moment);</li>
 *   <li>list/filter latency with {@code benchmark.cases} (100,000) cases in the database;</li>
 *   <li>the ledger export of {@code benchmark.export} (50,000) cases as XLSX and CSV, with the heap it used.</li>
 * </ol>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CaseServiceBenchmark {

    private static final String DB = System.getProperty("benchmark.db", "h2");
    private static final int REPORTS = Integer.getInteger("benchmark.reports", 5_000);
    private static final int RATE = Integer.getInteger("benchmark.rate", 200);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);
    private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    private static final int EXPORT = Integer.getInteger("benchmark.export", 50_000);
    private static final int LIST_REQUESTS = Integer.getInteger("benchmark.list-requests", 1_000);
    private static final String UNIT = "区人社局";
    /** Requests at the same rate before the measured ones, so the JIT and the pools are warm. */
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmup-seconds", 5);

    private final List<String> lines = new ArrayList<>();

    @Test
    void run() throws Exception {
        String schema = PostgresTestDatabase.newSchemaName();
        Map<String, Object> properties = new HashMap<>();
        properties.putAll("postgres".equals(DB) ? PostgresTestDatabase.freshSchemaProperties(schema)
                : H2TestDatabase.properties());
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        properties.put("kafka.bootstrap.servers", bootstrap);
        properties.put("ledger.cases.reports.group-id", "case-service-benchmark-" + UUID.randomUUID());
        properties.put("ledger.rate-limit.enabled", "false");
        properties.put("micronaut.server.port", "-1");
        String topicArea = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        report("Case service benchmark on " + DB + " (" + Runtime.getRuntime().availableProcessors()
                + " CPUs, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");

        prefill(bootstrap, topicArea);
        Instant started = Instant.now();
        try (ApplicationContext context = "postgres".equals(DB)
                ? ApplicationContext.run(properties, "postgres") : ApplicationContext.run(properties)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            AgreedColumns.ensure(dataSource);
            consumption(dataSource, topicArea, started);
            truncateReports(bootstrap);
            recordResponses(context, server);
            bulkInsert(dataSource);
            listAndFilter(server);
            export(server);
        } finally {
            if ("postgres".equals(DB)) {
                PostgresTestDatabase.dropSchema(schema);
            }
            Path out = Path.of("target", "benchmarks", "case-service-" + DB + ".txt");
            Files.createDirectories(out.getParent());
            Files.write(out, lines);
        }
    }

    /** Puts the reports on the topic before the service starts, as a backlog. */
    private void prefill(String bootstrap, String topicArea) throws Exception {
        ObjectMapper json = ObjectMapper.getDefault();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < REPORTS; i++) {
                ReportSubmitted report = Reports.wageArrears(topicArea);
                producer.send(new ProducerRecord<>(Topics.OPINION_REPORTS, report.reportId().toString(),
                        json.writeValueAsBytes(report)));
            }
            producer.flush();
        }
    }

    private void consumption(DataSource dataSource, String topicArea, Instant started) throws Exception {
        long mine;
        do {
            Thread.sleep(200);
            mine = count(dataSource, "SELECT COUNT(*) FROM opinion_case WHERE topic_area = '" + topicArea + "'");
        } while (mine < REPORTS && Duration.between(started, Instant.now()).toMinutes() < 20);
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        long all = count(dataSource, "SELECT COUNT(*) FROM opinion_case");
        report(String.format("reports consumed into cases: %d cases (%d of them this run's backlog) in %.1f s "
                + "(context start included) = %.0f cases/s", all, mine, seconds, all / seconds));
    }

    /**
     * Deletes the consumed backlog from the integration broker's reports topic: the integration tests read that
     * topic from its beginning with new consumer groups, and thousands of benchmark reports ahead of their own
     * would make them time out. The benchmark holds the integration-test lock, so no test is reading it now.
     */
    private void truncateReports(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var partitions = admin.describeTopics(List.of(Topics.OPINION_REPORTS)).allTopicNames().get()
                    .get(Topics.OPINION_REPORTS).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(Topics.OPINION_REPORTS, p.partition()),
                    OffsetSpec.latest()));
            Map<TopicPartition, RecordsToDelete> before = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, end) ->
                    before.put(partition, RecordsToDelete.beforeOffset(end.offset())));
            admin.deleteRecords(before).all().get();
        }
    }

    private void recordResponses(ApplicationContext context, EmbeddedServer server) throws Exception {
        int warmup = RATE * WARMUP_SECONDS;
        int requests = warmup + RATE * SECONDS;
        CaseOpening opening = context.getBean(CaseOpening.class);
        CaseService cases = context.getBean(CaseService.class);
        Caller supervisor = Caller.of("bench", List.of(Roles.SUPERVISOR), null);
        List<UUID> ids = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            UUID id = opening.open(Reports.hotline("bench-responses", "小区电梯停运")).caseId();
            cases.assign(id, UNIT, supervisor);
            ids.add(id);
        }
        String token = Tokens.officer(UNIT);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(16)).build();
        String body = "{\"text\":\"已约谈施工总包单位，责令于12月20日前足额支付拖欠工资\",\"channel\":\"GOVERNMENT_WEBSITE\","
                + "\"publishingUnit\":\"" + UNIT + "\",\"publishedAt\":\"2026-11-27T07:00:00Z\",\"commitments\":["
                + "{\"content\":\"12月20日前足额支付拖欠工资\",\"ownerUnit\":\"" + UNIT + "\",\"dueDate\":\"2026-12-20\"}]}";
        List<Long> latencies = new CopyOnWriteArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / RATE;
        long start = System.nanoTime() + 100_000_000L;
        List<CompletableFuture<?>> inFlight = new CopyOnWriteArrayList<>();
        for (int i = 0; i < requests; i++) {
            long due = start + i * periodNanos;
            UUID id = ids.get(i);
            int index = i;
            clock.schedule(() -> inFlight.add(http.sendAsync(HttpRequest.newBuilder(
                                    URI.create(server.getURI() + "/api/v1/cases/" + id + "/responses"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        done.incrementAndGet();
                        if (index < warmup) {
                            return;
                        }
                        latencies.add(System.nanoTime() - due);
                        if (error != null || response.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    })), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        while (done.get() < requests) {
            Thread.sleep(100);
        }
        clock.shutdown();
        report("record response at " + RATE + " requests/s for " + SECONDS + " s after " + WARMUP_SECONDS
                + " s of warm-up (open model): "
                + percentiles(latencies) + ", failures " + failures.get());
    }

    /** Adds cases with plain SQL until there are {@link #CASES}; half answered, a third assigned to one unit. */
    private void bulkInsert(DataSource dataSource) throws Exception {
        long existing = count(dataSource, "SELECT COUNT(*) FROM opinion_case");
        long t0 = System.nanoTime();
        String[] topics = {"wage-arrears", "housing", "food-drug", "environment", "education-medical-elderly"};
        String[] statuses = {"NEW", "ASSIGNED", "RESPONDED", "CLOSED"};
        String[] units = {UNIT, "市场监管局", "住建局", "生态环境局", "教育局", "卫健委"};
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement cases = connection.prepareStatement("INSERT INTO opinion_case (id, title, "
                    + "topic_area, status, lead_unit, report_count, opened_at, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, 1, ?, ?, 1)");
                 PreparedStatement responses = connection.prepareStatement("INSERT INTO case_response (id, case_id, "
                         + "text, channel, publishing_unit, published_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (long i = existing; i < CASES; i++) {
                    UUID id = UUID.randomUUID();
                    String status = statuses[(int) (i % statuses.length)];
                    String unit = "NEW".equals(status) ? null : units[(int) (i % units.length)];
                    // One case every five minutes from 2025-01-01, so the export's period holds the number asked for.
                    OffsetDateTime opened = OffsetDateTime.ofInstant(base.plusSeconds((i - existing) * 300),
                            ZoneOffset.UTC);
                    cases.setObject(1, id);
                    cases.setString(2, "小区" + (i % 500) + "号楼电梯停运，居民出行困难");
                    cases.setString(3, topics[(int) (i % topics.length)]);
                    cases.setString(4, status);
                    cases.setString(5, unit);
                    cases.setObject(6, opened);
                    cases.setObject(7, opened);
                    cases.addBatch();
                    if ("RESPONDED".equals(status) || "CLOSED".equals(status)) {
                        responses.setObject(1, UUID.randomUUID());
                        responses.setObject(2, id);
                        responses.setString(3, "经核查，物业公司已于三日内修复电梯并承诺每月维保。");
                        responses.setString(4, "GOVERNMENT_WEBSITE");
                        responses.setString(5, unit);
                        responses.setObject(6, opened.plusHours(30));
                        responses.setObject(7, opened.plusHours(30));
                        responses.addBatch();
                    }
                    if (i % 1000 == 999) {
                        cases.executeBatch();
                        responses.executeBatch();
                        connection.commit();
                    }
                }
                cases.executeBatch();
                responses.executeBatch();
                connection.commit();
            }
        }
        report(String.format("bulk insert: %d cases in the database (%.1f s to add %d)",
                count(dataSource, "SELECT COUNT(*) FROM opinion_case"), (System.nanoTime() - t0) / 1e9,
                CASES - existing));
    }

    private void listAndFilter(EmbeddedServer server) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = Tokens.leader();
        String[] queries = {"size=20", "status=ASSIGNED&size=20", "topicArea=housing&size=20",
                "unit=" + java.net.URLEncoder.encode(UNIT, "UTF-8") + "&size=20",
                "status=RESPONDED&topicArea=food-drug&size=50", "status=CLOSED&page=200&size=20"};
        for (int i = 0; i < 100; i++) {
            get(http, server, "/api/v1/cases?" + queries[i % queries.length], token);
        }
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < LIST_REQUESTS; i++) {
            long t0 = System.nanoTime();
            get(http, server, "/api/v1/cases?" + queries[i % queries.length], token);
            latencies.add(System.nanoTime() - t0);
        }
        report("list/filter with " + CASES + " cases, " + LIST_REQUESTS + " requests one after another over "
                + queries.length + " filters: " + percentiles(latencies));
    }

    private void export(EmbeddedServer server) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // The first EXPORT cases by time: from the bulk's start until the day that many cases were opened by.
        String to = Instant.parse("2025-01-01T00:00:00Z").plusSeconds((long) EXPORT * 300).atOffset(ZoneOffset.ofHours(8))
                .toLocalDate().minusDays(1).toString();
        for (String format : List.of("xlsx", "csv")) {
            System.gc();
            AtomicLong peak = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
                    0, 20, TimeUnit.MILLISECONDS);
            long t0 = System.nanoTime();
            HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(URI.create(server.getURI()
                            + "/api/v1/ledger/export?format=" + format + "&from=2025-01-01&to=" + to))
                    .header("Authorization", "Bearer " + Tokens.leader()).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (var in = response.body(); OutputStream sink = OutputStream.nullOutputStream()) {
                bytes = in.transferTo(sink);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            sampler.shutdownNow();
            report(String.format("export %s of the cases opened 2025-01-01..%s (about %d cases): HTTP %d, %d bytes "
                            + "in %.1f s, heap in use at most %d MB (whole JVM: service, database, this client)",
                    format, to, EXPORT, response.statusCode(), bytes, seconds, peak.get() / (1024 * 1024)));
        }
    }

    private static void get(HttpClient http, EmbeddedServer server, String path, String token) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    private static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("n=%d p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private void report(String line) {
        lines.add(line);
        System.out.println(line);
    }

}
