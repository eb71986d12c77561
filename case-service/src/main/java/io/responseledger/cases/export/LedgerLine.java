package io.responseledger.cases.export;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the ledger: a case with one of its responses and one of that response's commitments. A case without
 * responses, or a response without commitments, still has one line, with those columns empty.
 */
record LedgerLine(
        UUID caseId,
        String title,
        String topicArea,
        @Nullable String region,
        @Nullable String severity,
        @Nullable String leadUnit,
        String status,
        Instant openedAt,
        @Nullable Instant respondedAt,
        @Nullable String channel,
        @Nullable String publishingUnit,
        @Nullable String responseText,
        @Nullable Boolean onTime,
        @Nullable String commitment,
        @Nullable String commitmentOwner,
        @Nullable LocalDate commitmentDue,
        @Nullable String commitmentStatus) {
}
