/*
 * Load generator for intake's benchmarks, run by deploy/bench/intake with Java's single-file source launcher
 * and a Kafka client on the class path. Not part of the build.
 *
 *   throughput URL TOKEN SECONDS CONCURRENCY BATCH_SIZE   reports accepted per second through the batch endpoint
 *   latency    URL TOKEN SECONDS RATE WARMUP_SECONDS       single-report latency at a fixed arrival rate (open model)
 *   record-size BOOTSTRAP TOPIC                            average key+value bytes of the latest records on TOPIC
 *
 * Prints "key=value" lines the script reads, plus a human summary.
 */

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class IntakeLoad {

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");
    private static final Pattern REJECTED = Pattern.compile("\"rejected\"\\s*:\\s*(\\d+)");
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** Our own sentences, of the length of a typical citizen message (about 300 characters with the title). */
    private static final String[][] TEMPLATES = {
            {"工地拖欠农民工工资半年，工人讨薪无门",
                    "我们在某安置房项目干了八个月的活，包工头说总包没有拨款，已经拖欠工资半年，六十多名工人年底回家过年的钱都没有。"
                            + "我们多次到项目部和劳动监察大队反映，对方一直推诿，说要等工程款结算完才能发。家里老人看病、孩子上学都等着用钱，"
                            + "请政府有关部门督促施工单位尽快支付工人工资，维护我们的合法权益。"},
            {"小区物业擅自上调物业费，服务却越来越差",
                    "我们小区的物业公司没有召开业主大会，也没有征求业主意见，直接在电梯里贴出通知，把物业费从每平方米一元二角涨到一元八角。"
                            + "这两年小区绿化没人打理，电梯经常故障，垃圾清运也不及时，业主们意见很大。请住建部门核查物业公司调价程序是否合规，"
                            + "并督促物业公司提升服务质量，公开近三年的收支情况。"},
            {"化工厂夜间偷排废水，河水发黑鱼虾死亡",
                    "每到半夜，镇上工业园区里就有企业往小河里排放废水，第二天早上整条河都是黑色的，还有一股刺鼻的气味，河里的鱼虾大量死亡。"
                            + "下游几个村的村民都靠这条河灌溉农田，现在庄稼也受到影响，很多老人出现咳嗽、头晕的症状。希望生态环境部门夜间突击检查，"
                            + "查清排污企业并依法处理，还我们一条干净的河。"},
            {"学校食堂饭菜变质，多名学生腹泻",
                    "孩子回家说学校食堂中午的饭菜有股馊味，下午班上好几个同学肚子疼、腹泻，有的被家长接去医院输液。家长们在群里讨论，"
                            + "发现这已经不是第一次了，食堂承包商更换后饭菜质量明显下降。请市场监管和教育部门对学校食堂开展检查，公开食材来源和检测结果，"
                            + "保障孩子们的饮食安全。"},
    };

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "throughput" -> throughput(URI.create(args[1]), args[2], Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "latency" -> latency(URI.create(args[1]), args[2], Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "record-size" -> recordSize(args[1], args[2]);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /**
     * Each template's JSON up to the external id, UTF-8 encoded once: the generator shares the CPUs with intake
     * and the broker, so it only copies bytes and writes the sequence number for each report it sends.
     */
    private static final byte[][] TEMPLATE_HEADS = Arrays.stream(TEMPLATES)
            .map(t -> ("{\"title\":\"" + t[0] + "\",\"body\":\"" + t[1] + "\",\"source\":\"WEIBO\",\"externalId\":\"bench-"
                    + RUN + "-").getBytes(StandardCharsets.UTF_8))
            .toArray(byte[][]::new);
    private static final byte[] URL_HEAD = ("\",\"url\":\"https://weibo.example/bench/" + RUN + "/")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] OBSERVED_AT_HEAD = "\",\"observedAt\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "\"}".getBytes(StandardCharsets.UTF_8);

    /** Appends one report with a new external id and the given (ISO-8601) observedAt. */
    static void report(Bytes out, byte[] observedAt) {
        long n = SEQUENCE.incrementAndGet();
        byte[] number = Long.toString(n).getBytes(StandardCharsets.US_ASCII);
        out.add(TEMPLATE_HEADS[(int) (n % TEMPLATES.length)]).add(number).add(URL_HEAD).add(number)
                .add(OBSERVED_AT_HEAD).add(observedAt).add(TAIL);
    }

    /** A minute ago: safely in the past whatever the clocks. */
    static byte[] observedAt() {
        return Instant.now().minusSeconds(60).toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A growable byte buffer. */
    static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        Bytes add(byte[] more) {
            if (size + more.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
            return this;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    // ------------------------------------------------------------------ throughput through the batch endpoint

    static void throughput(URI base, String token, int seconds, int concurrency, int batchSize) throws Exception {
        HttpClient client = client();
        URI uri = base.resolve("/api/v1/reports/batch");
        // Probe: one small batch tells whether the endpoint exists and answers as expected.
        HttpResponse<String> probe = client.send(batchRequest(uri, token, 2), HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() == 404 || probe.statusCode() == 405) {
            System.out.println("batch_available=false");
            System.out.println("# POST /api/v1/reports/batch answered " + probe.statusCode() + ": no batch endpoint");
            return;
        }
        if (probe.statusCode() / 100 != 2 || !ACCEPTED.matcher(probe.body()).find()) {
            throw new IllegalStateException("batch probe answered " + probe.statusCode() + ": " + probe.body());
        }
        System.out.println("batch_available=true");
        runBatches(client, uri, token, Math.max(5, seconds / 3), concurrency, batchSize); // warm-up, not counted
        double cpuBefore = intakeCpuSeconds();
        long[] totals = runBatches(client, uri, token, seconds, concurrency, batchSize);
        double cpu = intakeCpuSeconds() - cpuBefore;
        double elapsed = totals[3] / 1e9;
        System.out.printf("throughput_accepted=%d%n", totals[0]);
        System.out.printf("throughput_rejected=%d%n", totals[1]);
        System.out.printf("throughput_failed_requests=%d%n", totals[2]);
        System.out.printf("throughput_seconds=%.2f%n", elapsed);
        System.out.printf("throughput_per_second=%.0f%n", totals[0] / elapsed);
        printCpu("throughput", cpu, elapsed, totals[0]);
    }

    /**
     * CPU time intake's process has used so far (user + system), from /proc, when the script passes its pid as
     * -Dintake.pid; else NaN. CPU per report does not depend on how much of the shared machine intake got, so
     * it compares runs that the load of other processes makes incomparable by rate alone.
     */
    static double intakeCpuSeconds() {
        String pid = System.getProperty("intake.pid");
        if (pid == null) {
            return Double.NaN;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / Double.parseDouble(System.getProperty("clock.ticks", "100"));
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    static void printCpu(String phase, double cpuSeconds, double elapsedSeconds, long reports) {
        if (!Double.isNaN(cpuSeconds)) {
            System.out.printf("%s_intake_cpu_seconds=%.1f%n", phase, cpuSeconds);
            System.out.printf("%s_intake_cpus=%.2f%n", phase, cpuSeconds / elapsedSeconds);
            System.out.printf("%s_intake_cpu_us_per_report=%.0f%n", phase, cpuSeconds * 1e6 / Math.max(1, reports));
        }
    }

    /** Keeps CONCURRENCY batches in flight for SECONDS; returns accepted, rejected, failed requests, nanos. */
    static long[] runBatches(HttpClient client, URI uri, String token, int seconds, int concurrency, int batchSize)
            throws InterruptedException {
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Semaphore inFlight = new Semaphore(concurrency);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            inFlight.acquire();
            HttpRequest request = batchRequest(uri, token, batchSize);
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() / 100 != 2) {
                    failed.incrementAndGet();
                } else {
                    accepted.addAndGet(number(ACCEPTED, response.body()));
                    rejected.addAndGet(number(REJECTED, response.body()));
                }
                inFlight.release();
            });
        }
        inFlight.acquire(concurrency); // the last batches count in full, and so does their time
        long nanos = System.nanoTime() - start;
        inFlight.release(concurrency);
        return new long[] {accepted.get(), rejected.get(), failed.get(), nanos};
    }

    private static final byte[] BATCH_HEAD = "{\"reports\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMA = ",".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BATCH_TAIL = "]}".getBytes(StandardCharsets.US_ASCII);

    static HttpRequest batchRequest(URI uri, String token, int size) {
        byte[] observedAt = observedAt();
        Bytes body = new Bytes(size * 1100).add(BATCH_HEAD);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                body.add(COMMA);
            }
            report(body, observedAt);
        }
        body.add(BATCH_TAIL);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toArray())).build();
    }

    static long number(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    // ------------------------------------------------------------------ latency at a fixed arrival rate

    static void latency(URI base, String token, int seconds, int rate, int warmupSeconds) throws Exception {
        URI uri = base.resolve("/api/v1/reports");
        open(uri, token, warmupSeconds, rate, null);
        long[] latencies = new long[seconds * rate];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        double cpuBefore = intakeCpuSeconds();
        long lag = open(uri, token, seconds, rate, new Recorder(latencies, statuses));
        double cpu = intakeCpuSeconds() - cpuBefore;
        Arrays.sort(latencies);
        System.out.printf("latency_rate=%d%n", rate);
        System.out.printf("latency_requests=%d%n", latencies.length);
        System.out.printf("latency_statuses=%s%n", statuses);
        System.out.printf("latency_p50_ms=%.2f%n", percentile(latencies, 0.50));
        System.out.printf("latency_p90_ms=%.2f%n", percentile(latencies, 0.90));
        System.out.printf("latency_p99_ms=%.2f%n", percentile(latencies, 0.99));
        System.out.printf("latency_p999_ms=%.2f%n", percentile(latencies, 0.999));
        System.out.printf("latency_max_ms=%.2f%n", latencies[latencies.length - 1] / 1e6);
        System.out.printf("latency_sender_max_lag_ms=%.2f%n", lag / 1e6);
        printCpu("latency", cpu, seconds, latencies.length);
    }

    record Recorder(long[] latencies, Map<Integer, AtomicInteger> statuses) {
    }

    /** Connections the latency test keeps open; more than are ever busy at once at the rates it is run at. */
    static final int CONNECTIONS = 32;

    private record Job(int index, long scheduled) {
    }

    private static final Job STOP = new Job(-1, 0);

    /**
     * Sends request i at start + i/rate whatever happened to earlier ones (open model), and measures each from
     * its scheduled time, so a stall of the service shows in every request it delays (no coordinated omission).
     * Returns how late the sender itself ever was, which must stay small for the figures to mean anything.
     *
     * <p>The sender thread only queues each request at its time; {@link #CONNECTIONS} threads, each with one
     * kept-alive HTTP/1.1 connection, take them in turn, write the request and read the answer. A request that
     * waits for a free connection waits on the clock too, since it is timed from its schedule. Plain sockets
     * rather than the JDK's HttpClient: that client took a whole CPU to send 500 requests a second, on a machine
     * whose two CPUs the service under test needs.
     */
    static long open(URI uri, String token, int seconds, int rate, Recorder recorder) throws Exception {
        int total = seconds * rate;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        byte[] observedAt = observedAt();
        byte[] head = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
        LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
        CountDownLatch done = new CountDownLatch(total);
        List<Thread> workers = new ArrayList<>();
        for (int k = 0; k < CONNECTIONS; k++) {
            Thread worker = new Thread(() -> {
                Connection connection = null;
                try {
                    for (Job job = queue.take(); job != STOP; job = queue.take()) {
                        Bytes body = new Bytes(1100);
                        report(body, observedAt);
                        int status;
                        try {
                            if (connection == null) {
                                connection = new Connection(uri.getHost(), uri.getPort());
                            }
                            status = connection.post(head, body.toArray());
                            if (connection.closed) {
                                connection = null;
                            }
                        } catch (IOException e) {
                            status = -1;
                            if (connection != null) {
                                connection.close();
                                connection = null;
                            }
                        }
                        if (recorder != null) {
                            recorder.latencies()[job.index()] = System.nanoTime() - job.scheduled();
                            recorder.statuses().computeIfAbsent(status, x -> new AtomicInteger()).incrementAndGet();
                        }
                        done.countDown();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (connection != null) {
                        connection.close();
                    }
                }
            }, "sender-" + k);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long maxLag = 0;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, -wait);
            queue.add(new Job(i, scheduled));
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            System.out.println("# not every request was answered within 60 s of the last one");
        }
        workers.forEach(w -> queue.add(STOP));
        for (Thread worker : workers) {
            worker.join(5000);
        }
        return maxLag;
    }

    /** One kept-alive HTTP/1.1 connection: writes a POST, reads the status and skips the body. */
    static final class Connection {
        private final Socket socket;
        private final BufferedInputStream in;
        private final OutputStream out;
        boolean closed;

        Connection(String host, int port) throws IOException {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
        }

        int post(byte[] head, byte[] body) throws IOException {
            out.write(head);
            out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closed = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            if (closed) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long count) throws IOException {
            while (count > 0) {
                long skipped = in.skip(count);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("connection closed");
                    }
                    skipped = 1;
                }
                count -= skipped;
            }
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do: the connection is dropped either way
            }
        }
    }

    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    // ------------------------------------------------------------------ the size intake's records have on Kafka

    static void recordSize(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            ends.forEach((partition, end) -> consumer.seek(partition, Math.max(0, end - 100)));
            long bytes = 0;
            long count = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (count < 100 && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    bytes += (record.key() == null ? 0 : record.key().length) + record.value().length;
                    count++;
                }
            }
            if (count == 0) {
                throw new IllegalStateException("no records on " + topic);
            }
            System.out.printf("record_size_bytes=%d%n", bytes / count);
            System.out.printf("record_size_sampled=%d%n", count);
        }
    }
}
