package io.responseledger.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * case-service is killed (SIGKILL) while reports keep arriving and is started again: every report becomes a
 * case exactly once, and every case reaches the search index (the outbox relays what was not yet sent).
 */
class CaseServiceRestartIT {

    private static final int REPORTS = 30;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private final LedgerClient client = new LedgerClient();
    private LocalSystem system;

    @AfterEach
    void stopServices() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void killedCaseServiceLosesNoReportAndOpensNoCaseTwice() throws Exception {
        system = new LocalSystem("restart").startAll();
        String marker = "rs" + system.runId;
        Map<Integer, String> reportIds = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();

        var sender = Executors.newSingleThreadExecutor();
        var sending = sender.submit(() -> {
            for (int i = 0; i < REPORTS; i++) {
                reportIds.put(i, submit(marker, i));
                sent.incrementAndGet();
                pause(Duration.ofMillis(150));
            }
        });

        await().atMost(PATIENCE).until(() -> sent.get() >= 8);
        system.cases.kill();
        await().atMost(PATIENCE).until(() -> sent.get() >= 20);
        system.cases = system.startCases();
        sending.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        sender.shutdown();

        // The hotline platform and monitors do resend: the first reports again, same external ids.
        for (int i = 0; i < 5; i++) {
            assertThat(submit(marker, i)).isEqualTo(reportIds.get(i));
        }

        Map<String, String> caseOfReport = new HashMap<>();
        await("every report becomes a case").atMost(PATIENCE).untilAsserted(() -> {
            for (var reportId : reportIds.values()) {
                if (!caseOfReport.containsKey(reportId)) {
                    var answer = client.get(system.casesUrl() + "/api/v1/cases/by-report/" + reportId,
                            LocalTokens.supervisor());
                    assertThat(answer.status()).as("case of report %s", reportId).isEqualTo(200);
                    caseOfReport.put(reportId, answer.body().get("id").asText());
                }
            }
        });

        assertThat(new HashSet<>(caseOfReport.values())).as("one case per report").hasSize(REPORTS);
        assertThat(casesWithTitleContaining(marker)).as("no report opened a second case").hasSize(REPORTS);

        await("every case reaches the search index").atMost(PATIENCE).untilAsserted(() -> {
            var answer = client.get(system.searchUrl() + "/api/v1/search?size=100&q=" + marker, LocalTokens.leader());
            assertThat(answer.status()).isEqualTo(200);
            Set<String> indexed = new HashSet<>();
            answer.body().get("hits").forEach(hit -> indexed.add(hit.get("caseId").asText()));
            assertThat(indexed).containsAll(caseOfReport.values());
        });
    }

    private String submit(String marker, int index) {
        var answer = client.post(system.intakeUrl() + "/api/v1/reports", Map.of(
                "title", "小区供暖不达标 第" + index + "号 " + marker,
                "body", "居民反映室内温度长期低于十八度，请求供热公司整改。",
                "source", "HOTLINE",
                "topicArea", "livelihood",
                "externalId", marker + "-" + index,
                "observedAt", Instant.now().minusSeconds(30).toString()), LocalTokens.monitor());
        assertThat(answer.status()).as("intake answer %s", answer.body()).isEqualTo(202);
        return answer.body().get("reportId").asText();
    }

    private List<String> casesWithTitleContaining(String marker) {
        var found = new java.util.ArrayList<String>();
        for (int page = 0; ; page++) {
            JsonNode body = client.get(system.casesUrl() + "/api/v1/cases?size=100&page=" + page, LocalTokens.supervisor())
                    .body();
            body.get("items").forEach(item -> {
                if (item.get("title").asText().contains(marker)) {
                    found.add(item.get("id").asText());
                }
            });
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                return found;
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            // Paces the sender so the kill lands while reports are still arriving; not a wait for a result.
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
