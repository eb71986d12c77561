package io.responseledger.cases.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as {@code GET /api/v1/imports/{id}} shows it.
 *
 * @param progress  rows read so far of the rows the file holds (total null until counted)
 * @param counts    what became of the rows read
 * @param rejected  one page of the rejected rows, by line
 * @param failure   why the import as a whole failed, if it did
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ImportView(
        UUID id,
        String fileName,
        LedgerFileFormat format,
        ImportStatus status,
        Progress progress,
        Counts counts,
        RejectedRows rejected,
        @Nullable String failure,
        String requestedBy,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt) {

    static ImportView of(LedgerImport job, Page<ImportRejection> rejections, int page, int size) {
        return new ImportView(job.id(), job.fileName(), job.fileFormat(), job.status(),
                new Progress(job.rowsRead(), job.rowsTotal()),
                new Counts(job.imported(), job.duplicates(), job.rejected()),
                new RejectedRows(rejections.getContent().stream()
                        .map(r -> new RejectedRow(r.line(), r.reason())).toList(), page, size,
                        rejections.getTotalSize()),
                job.failure(), job.requestedBy(), job.createdAt(), job.startedAt(), job.finishedAt());
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Progress(int rowsRead, @Nullable Integer rowsTotal) {
    }

    /**
     * @param duplicates rows skipped because an earlier import stored them already
     */
    @Serdeable
    record Counts(int imported, int duplicates, int rejected) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RejectedRows(List<RejectedRow> items, int page, int size, long total) {
    }

    @Serdeable
    record RejectedRow(int line, String reason) {
    }
}
