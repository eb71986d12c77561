package io.responseledger.cases.importing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.support.CasesApi;
import io.responseledger.cases.support.HttpTestWithoutKafka;
import io.responseledger.cases.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The office's real past ledger, {@code ../shared/data/messages_with_replies.csv} (2,409 messages with replies),
 * imports completely, and importing it again changes nothing. Skipped, saying so, where the shared data is absent
 * (it is never copied into the repository).
 */
@MicronautTest(transactional = false)
class SharedLedgerImportTest extends HttpTestWithoutKafka {

    static final Path SHARED_FILE = sharedFile();
    static final int ROWS = 2409;

    @Inject @Client("/") HttpClient http;
    @Inject ObjectMapper json;
    @Inject CaseFileRepository cases;

    @Test
    void sharedLedgerImportsCompletelyAndReimportChangesNothing() throws IOException {
        assumeTrue(Files.isReadable(SHARED_FILE), "Shared data absent: " + SHARED_FILE
                + " not found (set LEDGER_SHARED_DATA to its folder); skipping the import of the real ledger");
        byte[] content = Files.readAllBytes(SHARED_FILE);
        ImportApi api = new ImportApi(new CasesApi(http.toBlocking(), json).as(Tokens.of("test-admin",
                java.util.List.of("ADMIN"), null)), json);

        Map<String, Object> first = api.awaitEnd(api.start("messages_with_replies.csv", content).get("id"),
                Duration.ofMinutes(5));
        assertThat(first.get("status")).as("%s", first).isEqualTo("COMPLETED");
        assertThat(first.get("counts")).as("%s", first.get("rejected"))
                .isEqualTo(Map.of("imported", ROWS, "duplicates", 0, "rejected", 0));
        assertThat(cases.count()).isEqualTo(ROWS);

        Map<String, Object> again = api.awaitEnd(api.start("messages_with_replies.csv", content).get("id"),
                Duration.ofMinutes(5));
        assertThat(again.get("counts")).isEqualTo(Map.of("imported", 0, "duplicates", ROWS, "rejected", 0));
        assertThat(cases.count()).isEqualTo(ROWS);
    }

    /** {@code LEDGER_SHARED_DATA}, else {@code shared/data} beside the checkout, as the project's README says. */
    static Path sharedFile() {
        String configured = System.getenv("LEDGER_SHARED_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured, "messages_with_replies.csv");
        }
        String root = System.getProperty("ledger.root", "..");
        Path sibling = Path.of(root).toAbsolutePath().normalize().resolve("../shared/data/messages_with_replies.csv")
                .normalize();
        return Files.exists(sibling) ? sibling : Path.of("/work/shared/data/messages_with_replies.csv");
    }
}
