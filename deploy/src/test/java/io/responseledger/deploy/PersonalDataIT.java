package io.responseledger.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A citizen's phone and ID-card numbers, from the hotline webhook to the index: masked in the ledger's text,
 * in full only for the assigned unit's officer (and that reveal audited), absent from the search index and
 * from every service's log.
 */
class PersonalDataIT {

    private static final String CALLER_PHONE = "13800138000";
    private static final String ID_NUMBER = "110105199001011232";
    private static final String OTHER_PHONE = "13912345678";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static LocalSystem system;
    private final LedgerClient client = new LedgerClient();

    @BeforeAll
    static void startServices() throws Exception {
        system = new LocalSystem("personal-data").startAll();
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void personalDataIsMaskedInTheLedgerShownInFullOnlyToTheAssignedUnitAndNeverIndexedOrLogged()
            throws Exception {
        String workOrder = "9" + Instant.now().toEpochMilli();
        String message = """
                {"workOrderNo":"%s","callerName":"王小明","callerPhone":"%s","receivedAt":"%s",
                 "category":"劳动保障/欠薪","content":"来电人反映工地拖欠工资，身份证号%s，另一联系电话%s，请求督促支付。",
                 "timeLimitHours":72}""".formatted(workOrder, CALLER_PHONE, Instant.now().minusSeconds(60), ID_NUMBER,
                OTHER_PHONE);

        HttpResponse<String> accepted = postSignedHotlineMessage(message);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String reportId = reportIdOf(accepted.body());

        JsonNode caseView = system.awaitCaseOf(reportId);
        String caseId = caseView.get("id").asText();
        assertThat(caseView.toString())
                .doesNotContain(CALLER_PHONE, ID_NUMBER, OTHER_PHONE, "王小明")
                .contains("138****8000", "110105********1232", "139****5678");

        client.post(system.casesUrl() + "/api/v1/cases/" + caseId + "/assignment", Map.of("leadUnit", "区人社局"),
                LocalTokens.supervisor());
        String contactsUrl = system.casesUrl() + "/api/v1/cases/" + caseId + "/contacts";
        assertThat(client.get(contactsUrl, LocalTokens.monitor()).status()).isEqualTo(403);
        assertThat(client.get(contactsUrl, LocalTokens.leader()).status()).isEqualTo(403);
        assertThat(client.get(contactsUrl, LocalTokens.officer("区住建局")).status()).isEqualTo(403);
        var contacts = client.get(contactsUrl, LocalTokens.officer("区人社局"));
        assertThat(contacts.status()).isEqualTo(200);
        assertThat(contacts.body().toString()).contains(CALLER_PHONE, ID_NUMBER, OTHER_PHONE, "王小明");

        await("the case is indexed").atMost(PATIENCE).untilAsserted(() -> {
            String rawDocument = rawCaseDocument(caseId);
            assertThat(rawDocument).contains("\"found\":true").contains("139****5678", "110105********1232");
            assertThat(rawDocument).doesNotContain(CALLER_PHONE, ID_NUMBER, OTHER_PHONE, "王小明");
        });

        try (Stream<Path> logs = Files.list(system.workDirectory)) {
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
                assertThat(Files.readString(log)).as("log %s", log)
                        .doesNotContain(CALLER_PHONE, ID_NUMBER, OTHER_PHONE, "王小明");
            }
        }
    }

    private HttpResponse<String> postSignedHotlineMessage(String body) throws Exception {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(System.getenv("LEDGER_HOTLINE_WEBHOOK_SECRET").getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        String signature = HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        var request = HttpRequest.newBuilder(URI.create(system.intakeUrl() + "/api/v1/hotline/messages"))
                .header("Authorization", "Bearer " + LocalTokens.of("HOTLINE"))
                .header("Content-Type", "application/json")
                .header("X-Hotline-Timestamp", timestamp)
                .header("X-Hotline-Signature", "sha256=" + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String reportIdOf(String accepted) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(accepted).get("reportId").asText();
    }


    private String rawCaseDocument(String caseId) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(
                LocalSystem.elasticsearchUrl() + "/" + system.casesIndexAlias() + "/_doc/" + caseId)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }
}
