package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.ReportSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Derives the report id. The case service deduplicates on it, so a report that can be recognised when it
 * is sent again (by the id its source gave it, or by the caller's idempotency key) always gets the same id.
 */
final class ReportIds {

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    });

    private ReportIds() {
    }

    static UUID derive(ReportSource source, @Nullable String externalId, @Nullable String idempotencyKey) {
        if (externalId != null) {
            return nameBased(source.name() + ":" + externalId);
        }
        if (idempotencyKey != null) {
            return nameBased("idempotency:" + idempotencyKey);
        }
        return UUID.randomUUID();
    }

    /**
     * The same UUID as {@link UUID#nameUUIDFromBytes} (version 3, MD5), with one digest per thread: looking up
     * a new {@code MessageDigest} for every report was a visible share of a report's cost in the profile.
     */
    private static UUID nameBased(String name) {
        MessageDigest md5 = MD5.get();
        md5.reset();
        byte[] hash = md5.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] &= 0x0f;
        hash[6] |= 0x30; // version 3
        hash[8] &= 0x3f;
        hash[8] |= (byte) 0x80; // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (hash[i] & 0xff);
            least = (least << 8) | (hash[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }
}
