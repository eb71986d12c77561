package io.responseledger.cases.export;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * Which cases a ledger export holds: opened (首报) in {@code [from, to)}, and when given, of this topic area, lead
 * unit and status. Every criterion is optional.
 */
record ExportFilter(@Nullable Instant from, @Nullable Instant to, @Nullable String topicArea, @Nullable String unit,
                    @Nullable String status) {
}
