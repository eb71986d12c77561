package io.responseledger.intake.hotline;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import static io.responseledger.intake.hotline.HotlineSignatureException.Reason.MALFORMED_SIGNATURE;
import static io.responseledger.intake.hotline.HotlineSignatureException.Reason.MALFORMED_TIMESTAMP;
import static io.responseledger.intake.hotline.HotlineSignatureException.Reason.MISSING_HEADERS;
import static io.responseledger.intake.hotline.HotlineSignatureException.Reason.REPLAY;
import static io.responseledger.intake.hotline.HotlineSignatureException.Reason.STALE_TIMESTAMP;
import static io.responseledger.intake.hotline.HotlineSignatureException.Reason.WRONG_SIGNATURE;

/**
 * Checks the signature of a hotline message:
 * {@code X-Hotline-Signature: sha256=<lower-case hex HMAC-SHA256 of "<X-Hotline-Timestamp>.<raw body bytes>">}
 * with the shared secret, the timestamp (Unix seconds) within the window of our clock, and the signature not
 * seen before within that window.
 */
@Singleton
class HotlineSignatures {

    static final String TIMESTAMP_HEADER = "X-Hotline-Timestamp";
    static final String SIGNATURE_HEADER = "X-Hotline-Signature";
    static final String SCHEME = "sha256=";

    private static final Logger LOG = LoggerFactory.getLogger(HotlineSignatures.class);
    private static final Pattern UNIX_SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int RECOMMENDED_SECRET_BYTES = 32;

    @Nullable
    private final SecretKeySpec key;
    private final Duration window;
    private final Clock clock;
    private final ReplayGuard replays;

    HotlineSignatures(HotlineWebhookConfiguration configuration, Clock clock) {
        String secret = configuration.getSecret();
        this.key = secret == null || secret.isBlank()
                ? null
                : new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        if (key == null) {
            LOG.warn("ledger.hotline.webhook.secret (LEDGER_HOTLINE_WEBHOOK_SECRET) is not set: "
                    + "the hotline webhook refuses every message");
        } else if (key.getEncoded().length < RECOMMENDED_SECRET_BYTES) {
            LOG.warn("ledger.hotline.webhook.secret is shorter than {} bytes", RECOMMENDED_SECRET_BYTES);
        }
        this.window = configuration.getWindow();
        this.clock = clock;
        this.replays = new ReplayGuard(configuration.getReplayMemory(), clock);
    }

    boolean isConfigured() {
        return key != null;
    }

    /**
     * Verifies the message and claims its signature, so that the same signature is refused from now on.
     *
     * @return the claimed signature, for {@link #release} if the message is not accepted after all
     * @throws HotlineSignatureException when the message must be refused
     */
    String verifyAndClaim(@Nullable String timestamp, @Nullable String signature, byte[] body) {
        if (key == null) {
            throw new IllegalStateException("hotline webhook secret not configured");
        }
        if (timestamp == null || signature == null) {
            throw new HotlineSignatureException(MISSING_HEADERS,
                    "缺少请求头 " + TIMESTAMP_HEADER + " 或 " + SIGNATURE_HEADER);
        }
        String stamp = timestamp.strip();
        if (!UNIX_SECONDS.matcher(stamp).matches()) {
            throw new HotlineSignatureException(MALFORMED_TIMESTAMP, TIMESTAMP_HEADER + " 必须是 Unix 时间戳（秒）");
        }
        String given = signature.strip();
        if (!given.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || !HEX_SHA256.matcher(given.substring(SCHEME.length())).matches()) {
            throw new HotlineSignatureException(MALFORMED_SIGNATURE,
                    SIGNATURE_HEADER + " 必须是 sha256= 加 64 位十六进制的 HMAC-SHA256 签名");
        }
        byte[] expected = sign(stamp, body);
        byte[] provided = HexFormat.of().parseHex(given.substring(SCHEME.length()));
        if (!MessageDigest.isEqual(expected, provided)) {
            throw new HotlineSignatureException(WRONG_SIGNATURE, "签名与请求体不符");
        }
        Instant sentAt = Instant.ofEpochSecond(Long.parseLong(stamp));
        Instant now = clock.instant();
        if (Duration.between(sentAt, now).abs().compareTo(window) > 0) {
            throw new HotlineSignatureException(STALE_TIMESTAMP,
                    TIMESTAMP_HEADER + " 与服务器时间相差超过 " + window.toSeconds() + " 秒");
        }
        // Keyed by the signature we computed, so the same signature in upper case is the same signature.
        String claimed = HexFormat.of().formatHex(expected);
        if (!replays.claim(claimed, sentAt.plus(window).plusSeconds(1))) {
            throw new HotlineSignatureException(REPLAY, "该签名已被使用过：重放的消息不予受理");
        }
        return claimed;
    }

    void release(String claimed) {
        replays.release(claimed);
    }

    private byte[] sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
