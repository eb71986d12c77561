package io.responseledger.intake.hotline;

import io.responseledger.intake.hotline.HotlineSignatureException.Reason;
import io.responseledger.intake.testsupport.HotlineSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HotlineSignaturesTest {

    private static final String SECRET = "a-shared-secret-of-at-least-32-bytes!";
    private static final Instant NOW = Instant.parse("2026-11-26T01:40:00Z");
    private static final byte[] BODY = "{\"workOrderNo\":\"1\",\"content\":\"欠薪\"}".getBytes(StandardCharsets.UTF_8);

    private final HotlineSignatures signatures = new HotlineSignatures(configuration(SECRET, 100), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void messageSignedNowWithTheSharedSecretIsAccepted() {
        long ts = NOW.getEpochSecond();

        String claimed = signatures.verifyAndClaim(String.valueOf(ts), HotlineSigner.signature(SECRET, ts, BODY), BODY);

        assertThat(claimed).hasSize(64);
    }

    @Test
    void timestampsUpToTheWindowEitherWayAreAccepted() {
        for (long offset : new long[]{-300, -299, 0, 299, 300}) {
            long ts = NOW.getEpochSecond() + offset;
            signatures.verifyAndClaim(String.valueOf(ts), HotlineSigner.signature(SECRET, ts, BODY), BODY);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301, -86_400, 86_400})
    void correctlySignedMessageOutsideTheWindowIsStale(long offset) {
        long ts = NOW.getEpochSecond() + offset;

        assertRefused(String.valueOf(ts), HotlineSigner.signature(SECRET, ts, BODY), BODY, Reason.STALE_TIMESTAMP);
    }

    @Test
    void signatureWithAnotherSecretIsWrong() {
        long ts = NOW.getEpochSecond();

        assertRefused(String.valueOf(ts), HotlineSigner.signature("another-secret-of-at-least-32-bytes", ts, BODY),
                BODY, Reason.WRONG_SIGNATURE);
    }

    @Test
    void signatureOfAnotherBodyOrTimestampIsWrong() {
        long ts = NOW.getEpochSecond();
        String signature = HotlineSigner.signature(SECRET, ts, BODY);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 2] ^= 1;

        assertRefused(String.valueOf(ts), signature, tampered, Reason.WRONG_SIGNATURE);
        assertRefused(String.valueOf(ts - 1), signature, BODY, Reason.WRONG_SIGNATURE);
    }

    @Test
    void sameSignatureTwiceIsAReplayEvenInUpperCase() {
        long ts = NOW.getEpochSecond();
        String signature = HotlineSigner.signature(SECRET, ts, BODY);
        signatures.verifyAndClaim(String.valueOf(ts), signature, BODY);

        assertRefused(String.valueOf(ts), signature, BODY, Reason.REPLAY);
        assertRefused(String.valueOf(ts), "sha256=" + signature.substring(7).toUpperCase(Locale.ROOT), BODY, Reason.REPLAY);
    }

    @Test
    void releasedSignatureMayBeSentAgain() {
        long ts = NOW.getEpochSecond();
        String signature = HotlineSigner.signature(SECRET, ts, BODY);
        String claimed = signatures.verifyAndClaim(String.valueOf(ts), signature, BODY);

        signatures.release(claimed);

        assertThat(signatures.verifyAndClaim(String.valueOf(ts), signature, BODY)).isEqualTo(claimed);
    }

    @Test
    void missingHeadersAreRefused() {
        long ts = NOW.getEpochSecond();
        assertRefused(null, HotlineSigner.signature(SECRET, ts, BODY), BODY, Reason.MISSING_HEADERS);
        assertRefused(String.valueOf(ts), null, BODY, Reason.MISSING_HEADERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1795680000", "1795680000.5", "2026-11-26T01:40:00Z", "1234567890123"})
    void timestampThatIsNotUnixSecondsIsRefused(String timestamp) {
        assertRefused(timestamp, HotlineSigner.signature(SECRET, NOW.getEpochSecond(), BODY), BODY,
                Reason.MALFORMED_TIMESTAMP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sha256=", "sha256=abc", "md5=0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "sha256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg"})
    void signatureThatIsNotSha256HexIsRefused(String signature) {
        assertRefused(String.valueOf(NOW.getEpochSecond()), signature, BODY, Reason.MALFORMED_SIGNATURE);
    }

    @Test
    void withoutASecretTheWebhookIsNotConfigured() {
        assertThat(new HotlineSignatures(configuration(null, 3), Clock.systemUTC()).isConfigured()).isFalse();
        assertThat(new HotlineSignatures(configuration(" ", 3), Clock.systemUTC()).isConfigured()).isFalse();
        assertThat(signatures.isConfigured()).isTrue();
    }

    @Test
    void fullReplayMemoryRefusesRatherThanForgetsAndForgetsWhatLeftTheWindow() {
        var clock = new MutableClock(NOW);
        var guard = new ReplayGuard(2, clock);
        assertThat(guard.claim("a", NOW.plusSeconds(10))).isTrue();
        assertThat(guard.claim("b", NOW.plusSeconds(20))).isTrue();

        assertThat(catchThrowableOfType(HotlineUnavailableException.class,
                () -> guard.claim("c", NOW.plusSeconds(30)))).isNotNull();

        clock.now = NOW.plusSeconds(15);
        assertThat(guard.claim("c", NOW.plusSeconds(30))).isTrue();
        assertThat(guard.size()).isEqualTo(2);
        assertThat(guard.claim("b", NOW.plusSeconds(20))).as("b is still remembered").isFalse();
    }

    private void assertRefused(String timestamp, String signature, byte[] body, Reason reason) {
        HotlineSignatureException e = catchThrowableOfType(HotlineSignatureException.class,
                () -> signatures.verifyAndClaim(timestamp, signature, body));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.detail()).isNotBlank();
    }

    static HotlineWebhookConfiguration configuration(String secret, int replayMemory) {
        return new HotlineWebhookConfiguration() {
            @Override
            public String getSecret() {
                return secret;
            }

            @Override
            public Duration getWindow() {
                return Duration.ofMinutes(5);
            }

            @Override
            public int getReplayMemory() {
                return replayMemory;
            }
        };
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
