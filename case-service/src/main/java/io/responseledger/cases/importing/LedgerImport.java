package io.responseledger.cases.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One upload of a past ledger and how far its background run has got (table {@code ledger_import}).
 *
 * @param activeContentHash the content hash while the import is queued or running, null after: at most one
 *                          active import per file content
 * @param rowsTotal         data rows in the file, once counted
 * @param failure           why the whole import failed (a missing column, an unreadable file), in Chinese
 */
@MappedEntity("ledger_import")
record LedgerImport(
        @Id UUID id,
        String fileName,
        LedgerFileFormat fileFormat,
        String contentHash,
        @Nullable String activeContentHash,
        ImportStatus status,
        @Nullable Integer rowsTotal,
        int rowsRead,
        int imported,
        int duplicates,
        int rejected,
        @Nullable String failure,
        String requestedBy,
        String requestedByRoles,
        Instant createdAt,
        @Nullable Instant startedAt,
        Instant heartbeatAt,
        @Nullable Instant finishedAt) {

    static LedgerImport queued(UUID id, String fileName, LedgerFileFormat format, String contentHash,
                               String requestedBy, String requestedByRoles, Instant now) {
        return new LedgerImport(id, fileName, format, contentHash, contentHash, ImportStatus.QUEUED, null, 0, 0, 0, 0,
                null, requestedBy, requestedByRoles, now, null, now, null);
    }

    LedgerImport started(int total, Instant now) {
        return new LedgerImport(id, fileName, fileFormat, contentHash, activeContentHash, ImportStatus.RUNNING, total,
                0, 0, 0, 0, null, requestedBy, requestedByRoles, createdAt, now, now, null);
    }

    LedgerImport progressed(ImportCounts counts, Instant now) {
        return new LedgerImport(id, fileName, fileFormat, contentHash, activeContentHash, status, rowsTotal,
                counts.rowsRead(), counts.imported(), counts.duplicates(), counts.rejected(), null, requestedBy,
                requestedByRoles, createdAt, startedAt, now, null);
    }

    LedgerImport finished(ImportCounts counts, Instant now) {
        return new LedgerImport(id, fileName, fileFormat, contentHash, null, ImportStatus.COMPLETED, rowsTotal,
                counts.rowsRead(), counts.imported(), counts.duplicates(), counts.rejected(), null, requestedBy,
                requestedByRoles, createdAt, startedAt, now, now);
    }

    LedgerImport failed(String reason, Instant now) {
        return new LedgerImport(id, fileName, fileFormat, contentHash, null, ImportStatus.FAILED, rowsTotal, rowsRead,
                imported, duplicates, rejected, reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                requestedBy, requestedByRoles, createdAt, startedAt, now, now);
    }

    boolean isActive() {
        return status == ImportStatus.QUEUED || status == ImportStatus.RUNNING;
    }
}
