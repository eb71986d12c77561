package io.responseledger.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services started as separate processes against the local broker and index, isolated from any
 * other instance on the machine (say, one started by deploy/local/up): free ports, their own H2 file, their
 * own consumer groups and their own Elasticsearch indices.
 */
final class LocalSystem implements AutoCloseable {

    final String runId = UUID.randomUUID().toString().substring(0, 8);
    final Path workDirectory;
    final int intakePort = freePort();
    final int casePort = freePort();
    final int searchPort = freePort();
    ServiceProcess intake;
    ServiceProcess cases;
    ServiceProcess search;

    LocalSystem(String testName) {
        try {
            Path root = Path.of(System.getProperty("ledger.root", ".."));
            workDirectory = Files.createDirectories(root.resolve("deploy").resolve("target").resolve("system-tests")
                    .resolve(testName + "-" + runId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LocalSystem startAll() throws IOException {
        search = startSearch();
        cases = startCases();
        intake = new ServiceProcess("intake-service", intakePort, environment(Map.of(
                "INTAKE_PORT", String.valueOf(intakePort))), workDirectory).start();
        return this;
    }

    ServiceProcess startCases() throws IOException {
        return new ServiceProcess("case-service", casePort, environment(Map.of(
                "CASE_PORT", String.valueOf(casePort),
                "CASE_DB_DIR", workDirectory.resolve("case-db").toString(),
                "LEDGER_CASES_REPORTS_GROUP_ID", "case-service-" + runId)), workDirectory).start();
    }

    private ServiceProcess startSearch() throws IOException {
        return new ServiceProcess("search-service", searchPort, environment(Map.of(
                "SEARCH_PORT", String.valueOf(searchPort),
                "SEARCH_INDEX_PREFIX", "ledger-it-" + runId,
                "LEDGER_SEARCH_CONSUMER_GROUP_ID", "search-service-" + runId)), workDirectory).start();
    }

    String intakeUrl() {
        return "http://127.0.0.1:" + intakePort;
    }

    String casesUrl() {
        return "http://127.0.0.1:" + casePort;
    }

    String searchUrl() {
        return "http://127.0.0.1:" + searchPort;
    }

    static String elasticsearchUrl() {
        return System.getenv().getOrDefault("ELASTICSEARCH_URL", "http://127.0.0.1:9200");
    }

    /** Waits until case-service has turned the report into a case, and returns the case as a supervisor sees it. */
    JsonNode awaitCaseOf(String reportId) {
        var client = new LedgerClient();
        var found = new AtomicReference<JsonNode>();
        await("report %s becomes a case".formatted(reportId)).atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var answer = client.get(casesUrl() + "/api/v1/cases/by-report/" + reportId, LocalTokens.supervisor());
            assertThat(answer.status()).isEqualTo(200);
            found.set(answer.body());
        });
        return found.get();
    }

    /** The alias search-service writes case documents to in this system. */
    String casesIndexAlias() {
        return "ledger-it-" + runId + "-cases";
    }

    private static Map<String, String> environment(Map<String, String> specific) {
        var environment = new HashMap<String, String>();
        // The build points these at the test infrastructure (see the root pom).
        environment.put("KAFKA_BOOTSTRAP_SERVERS", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        environment.put("ELASTICSEARCH_URL", elasticsearchUrl());
        // The local security environment, with the test-only key and webhook secret the build provides.
        environment.put("MICRONAUT_ENVIRONMENTS", "local");
        environment.put("LEDGER_LOCAL_JWT_SECRET", System.getenv("LEDGER_LOCAL_JWT_SECRET"));
        environment.put("LEDGER_HOTLINE_WEBHOOK_SECRET", System.getenv("LEDGER_HOTLINE_WEBHOOK_SECRET"));
        environment.putAll(specific);
        return environment;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (var service : new ServiceProcess[] {intake, cases, search}) {
            if (service != null) {
                service.close();
            }
        }
    }
}
