package io.responseledger.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for demo users, made by deploy/local/token exactly as a developer makes them, so these tests
 * also prove that the script's tokens are accepted by the services.
 */
final class LocalTokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private LocalTokens() {
    }

    static String monitor() {
        return of("MONITOR");
    }

    static String supervisor() {
        return of("SUPERVISOR");
    }

    static String leader() {
        return of("LEADER");
    }

    static String officer(String unit) {
        return of("OFFICER", unit);
    }

    static String of(String... roleAndUnit) {
        return CACHE.computeIfAbsent(String.join(" ", roleAndUnit), key -> mint(roleAndUnit));
    }

    private static String mint(String... roleAndUnit) {
        Path script = Path.of(System.getProperty("ledger.root", "..")).resolve("deploy/local/token");
        var command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(roleAndUnit));
        try {
            // The build sets LEDGER_LOCAL_JWT_SECRET for tests; the script and the services both read it.
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("deploy/local/token failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
