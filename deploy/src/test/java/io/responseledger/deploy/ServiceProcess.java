package io.responseledger.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * One packaged service (its fat jar, as {@code mvn package} builds it) running as a separate process,
 * so a test can kill it the way an operating system or an operator would.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;

    ServiceProcess(String module, int port, Map<String, String> environment, Path logDirectory) {
        this.module = module;
        this.port = port;
        this.environment = environment;
        this.logFile = logDirectory.resolve(module + ".log");
    }

    static Path jarOf(String module) {
        Path root = Path.of(System.getProperty("ledger.root", ".."));
        String version = System.getProperty("ledger.version", "0.1.0-SNAPSHOT");
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (mvn -B verify from the root "
                    + "builds them before this module)");
        }
        return jar;
    }

    ServiceProcess start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-jar", jarOf(module).toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        await("%s healthy on port %d (log: %s)".formatted(module, port, logFile))
                .atMost(STARTUP_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(this::healthy);
        return this;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean healthy() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(module + " exited; its log: " + logFile);
        }
        try {
            var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/health")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
