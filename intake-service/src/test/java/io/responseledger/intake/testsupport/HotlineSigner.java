package io.responseledger.intake.testsupport;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Plays the hotline platform: signs message bodies as docs/hotline.md says and builds webhook requests. */
public final class HotlineSigner {

    public static final String PATH = "/api/v1/hotline/messages";

    /** Every timestamp signed with so far in this JVM: none is used twice. */
    private static final Set<Long> USED_TIMESTAMPS = ConcurrentHashMap.newKeySet();

    private HotlineSigner() {
    }

    /** {@code sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} with the given secret. */
    public static String signature(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The webhook secret the build sets for tests ({@code LEDGER_HOTLINE_WEBHOOK_SECRET}). */
    public static String testSecret() {
        return Objects.requireNonNull(System.getenv("LEDGER_HOTLINE_WEBHOOK_SECRET"),
                "LEDGER_HOTLINE_WEBHOOK_SECRET is not set; run the tests through Maven");
    }

    /**
     * A webhook request signed with the test secret, carrying the given token. Each call signs with a timestamp
     * no other call used (now, else the latest unused second before it; a run signs far fewer messages than the
     * window has seconds), so that two tests sending the same message to one running service are not taken for a
     * replay of each other. (Counting back from now by a call counter collided whenever a second passed between
     * two calls.)
     */
    public static MutableHttpRequest<byte[]> signedRequest(String body, String token) {
        long now = Instant.now().getEpochSecond();
        while (!USED_TIMESTAMPS.add(now)) {
            now--;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return request(bytes, token, now, signature(testSecret(), now, bytes));
    }

    public static MutableHttpRequest<byte[]> request(byte[] body, String token, long timestamp, String signature) {
        return HttpRequest.POST(PATH, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(token))
                .header("X-Hotline-Timestamp", String.valueOf(timestamp))
                .header("X-Hotline-Signature", signature);
    }

    /** The sample message of src/test/resources/hotline/sample-message.json, as sent on the wire. */
    public static String sampleMessage() {
        try (InputStream in = HotlineSigner.class.getResourceAsStream("/hotline/sample-message.json")) {
            return new String(Objects.requireNonNull(in, "sample message missing").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
