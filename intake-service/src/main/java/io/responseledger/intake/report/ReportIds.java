package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.ReportSource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Derives the report id. The case service deduplicates on it, so a report that can be recognised when it
 * is sent again (by the id its source gave it, or by the caller's idempotency key) always gets the same id.
 */
final class ReportIds {

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

    private static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
