package io.responseledger.cases.importing;

import io.micronaut.context.annotation.Value;
import io.responseledger.cases.admin.TopicAreaDirectory;
import io.responseledger.cases.importing.ImportCounts.RowOutcome;
import io.responseledger.cases.security.Caller;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs imports in the background, on a small pool of its own so that a large file never holds up the HTTP
 * threads. A run counts the rows first (so progress has a total), then reads the file again and imports row by
 * row, each row in its own transaction, saving progress every {@value #PROGRESS_EVERY_ROWS} rows or second.
 */
@Singleton
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    static final int PROGRESS_EVERY_ROWS = 100;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final LedgerImportRepository imports;
    private final ImportRejectionRepository rejections;
    private final RowImport rowImport;
    private final TopicAreaDirectory topicAreas;
    private final Clock clock;
    private final String defaultTopicArea;
    private final ExecutorService workers;

    ImportRunner(LedgerImportRepository imports, ImportRejectionRepository rejections, RowImport rowImport,
                 TopicAreaDirectory topicAreas, Clock clock,
                 @Value("${ledger.imports.default-topic-area:other}") String defaultTopicArea,
                 @Value("${ledger.imports.threads:2}") int threads) {
        this.imports = imports;
        this.rejections = rejections;
        this.rowImport = rowImport;
        this.topicAreas = topicAreas;
        this.clock = clock;
        this.defaultTopicArea = defaultTopicArea;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "ledger-import-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the import in the background; the file is deleted when the run ends, whatever its outcome. */
    void submit(UUID importId, Path file) {
        workers.execute(() -> {
            try {
                run(importId, file);
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete the uploaded file of import {}: {}", importId, e.toString());
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    void run(UUID importId, Path file) {
        LedgerImport job = imports.findById(importId).orElseThrow();
        Caller importer = Caller.of(job.requestedBy(), Arrays.asList(job.requestedByRoles().split(",")), null);
        try {
            int total = countRows(file, job.fileFormat());
            job = imports.update(job.started(total, now()));
            LOG.info("Import {} ({}) started: {} rows", importId, job.fileFormat(), total);
            ImportCounts counts = importRows(job, file, importer);
            imports.update(job.finished(counts, now()));
            LOG.info("Import {} completed: {} rows read, {} imported, {} already imported, {} rejected", importId,
                    counts.rowsRead(), counts.imported(), counts.duplicates(), counts.rejected());
        } catch (ImportFailure e) {
            LOG.warn("Import {} failed: {}", importId, e.getMessage());
            fail(importId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Import {} failed", importId, e);
            fail(importId, "导入意外中止（" + e.getClass().getSimpleName() + "），已导入的行保留；请重新上传同一文件继续");
        }
    }

    private int countRows(Path file, LedgerFileFormat format) {
        int[] rows = {0};
        LedgerFileReader.read(file, format, new LedgerFileReader.RowHandler() {
            @Override
            public void header(List<String> cells) {
                LedgerColumn.locate(cells);
            }

            @Override
            public void row(int line, List<String> cells) {
                rows[0]++;
            }
        });
        return rows[0];
    }

    private ImportCounts importRows(LedgerImport started, Path file, Caller importer) {
        var progress = new Object() {
            ImportCounts counts = ImportCounts.none();
            RowCheck check;
            LedgerImport job = started;
            Instant savedAt = now();
        };
        LedgerFileReader.read(file, started.fileFormat(), new LedgerFileReader.RowHandler() {
            @Override
            public void header(List<String> cells) {
                Map<LedgerColumn, Integer> columns = LedgerColumn.locate(cells);
                progress.check = new RowCheck(columns, topicAreas::codeOf, defaultTopicArea);
            }

            @Override
            public void row(int line, List<String> cells) {
                RowOutcome outcome = importRow(started.id(), line, cells, progress.check, importer);
                progress.counts = progress.counts.plus(outcome);
                Instant now = now();
                if (progress.counts.rowsRead() % PROGRESS_EVERY_ROWS == 0
                        || Duration.between(progress.savedAt, now).compareTo(PROGRESS_EVERY) >= 0) {
                    progress.job = imports.update(progress.job.progressed(progress.counts, now));
                    progress.savedAt = now;
                }
            }
        });
        return progress.counts;
    }

    private RowOutcome importRow(UUID importId, int line, List<String> cells, RowCheck check, Caller importer) {
        RowCheck.Result checked = check.check(line, cells);
        if (checked.row() == null) {
            reject(importId, line, String.join("；", checked.reasons()));
            return RowOutcome.REJECTED;
        }
        LedgerRow row = checked.row();
        try {
            return rowImport.store(row, importId, importer);
        } catch (RuntimeException e) {
            // Another import storing the same row at the same moment wins the primary key; this one finds it stored.
            if (rowImport.isStored(row)) {
                return RowOutcome.DUPLICATE;
            }
            throw new ImportFailure("第 " + line + " 行写入数据库失败（" + e.getClass().getSimpleName()
                    + "），导入中止；已导入的行保留，请稍后重新上传同一文件继续", e);
        }
    }

    void reject(UUID importId, int line, String reason) {
        rejections.save(new ImportRejection(null, importId, line,
                reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason));
    }

    private void fail(UUID importId, String reason) {
        try {
            imports.findById(importId).ifPresent(job -> imports.update(job.failed(reason, now())));
        } catch (RuntimeException e) {
            LOG.error("Could not record the failure of import {}", importId, e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
