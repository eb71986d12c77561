package io.responseledger.cases.importing;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.security.Caller;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts uploads of past ledgers and answers how their imports are doing. The same file uploaded while its
 * import is still queued or running gets that import back instead of a second one (also when two uploads race:
 * the database lets only one import per content be active); an active import whose instance stopped working on
 * it ({@code ledger.imports.stale-after} without progress) is marked failed and replaced.
 */
@Singleton
class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final LedgerImportRepository imports;
    private final ImportRejectionRepository rejections;
    private final ImportRunner runner;
    private final Clock clock;
    private final Path workDir;
    private final Duration staleAfter;

    ImportService(LedgerImportRepository imports, ImportRejectionRepository rejections, ImportRunner runner,
                  Clock clock,
                  @Value("${ledger.imports.work-dir:}") String workDir,
                  @Value("${ledger.imports.stale-after:5m}") Duration staleAfter) {
        this.imports = imports;
        this.rejections = rejections;
        this.runner = runner;
        this.clock = clock;
        this.workDir = workDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "ledger-imports")
                : Path.of(workDir);
        this.staleAfter = staleAfter;
    }

    /** The import and whether this upload started it (false: the same file's import was already under way). */
    record Accepted(ImportView view, boolean started) {
    }

    /** @throws InvalidUploadException if the upload is empty or neither CSV nor XLSX */
    Accepted accept(CompletedFileUpload upload, Caller caller) {
        String fileName = fileName(upload.getFilename());
        Path file = null;
        try {
            Files.createDirectories(workDir);
            file = Files.createTempFile(workDir, "import-", ".upload");
            String hash;
            try (InputStream in = upload.getInputStream();
                 DigestOutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256())) {
                in.transferTo(out);
                out.flush();
                hash = HexFormat.of().formatHex(out.getMessageDigest().digest());
            }
            if (Files.size(file) == 0) {
                throw new InvalidUploadException("文件为空");
            }
            LedgerFileFormat format = formatOf(fileName, file);
            LedgerImport queued = LedgerImport.queued(UUID.randomUUID(), fileName, format, hash, caller.subject(),
                    caller.rolesText(), now());
            Optional<LedgerImport> running = claim(queued);
            if (running.isPresent()) {
                LOG.info("Upload by {} is the file of active import {}; not starting another", caller.subject(),
                        running.get().id());
                return new Accepted(view(running.get(), 0, 50), false);
            }
            LOG.info("Import {} ({}, {} bytes) queued by {}", queued.id(), format, Files.size(file), caller.subject());
            runner.submit(queued.id(), file);
            file = null;
            return new Accepted(view(queued, 0, 50), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded file", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete an unused upload: {}", e.toString());
                }
            }
        }
    }

    /** Stores the new import unless the same content is already being imported; that import if so. */
    private Optional<LedgerImport> claim(LedgerImport queued) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<LedgerImport> active = activeImportOf(queued.contentHash());
            if (active.isPresent()) {
                return active;
            }
            try {
                insert(queued);
                return Optional.empty();
            } catch (RuntimeException e) {
                // Another upload of the same content was stored in between (unique active_content_hash): use it.
                LOG.info("Concurrent upload of the same content; looking up its import ({})", e.getClass().getSimpleName());
            }
        }
        return activeImportOf(queued.contentHash());
    }

    @Transactional
    Optional<LedgerImport> activeImportOf(String contentHash) {
        Optional<LedgerImport> active = imports.findByActiveContentHash(contentHash);
        if (active.isPresent() && active.get().heartbeatAt().isBefore(now().minus(staleAfter))) {
            LOG.warn("Import {} made no progress for {}; marking it failed", active.get().id(), staleAfter);
            imports.update(active.get().failed("导入中断：处理它的实例已停止（超过 " + staleAfter.toMinutes()
                    + " 分钟没有进展），已导入的行保留", now()));
            return Optional.empty();
        }
        return active;
    }

    @Transactional
    void insert(LedgerImport queued) {
        imports.save(queued);
    }

    /** @throws ImportNotFoundException if there is no such import */
    @ReadOnly
    ImportView get(UUID id, int page, int size) {
        return view(imports.findById(id).orElseThrow(() -> new ImportNotFoundException(id)), page, size);
    }

    private ImportView view(LedgerImport job, int page, int size) {
        var rejected = rejections.findByImportId(job.id(),
                Pageable.from(page, size, Sort.of(Sort.Order.asc("line"), Sort.Order.asc("id"))));
        return ImportView.of(job, rejected, page, size);
    }

    private static LedgerFileFormat formatOf(String fileName, Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        boolean zip = n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || (zip && !name.endsWith(".csv"))) {
            if (!zip) {
                throw new InvalidUploadException("文件扩展名为 .xlsx，但内容不是 XLSX 工作簿");
            }
            return LedgerFileFormat.XLSX;
        }
        if (name.endsWith(".xls")) {
            throw new InvalidUploadException("不支持旧版 .xls 格式：请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）");
        }
        if (zip) {
            throw new InvalidUploadException("文件扩展名为 .csv，但内容是压缩包（可能是 XLSX）");
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || !name.contains(".")) {
            return LedgerFileFormat.CSV;
        }
        throw new InvalidUploadException("只支持 CSV 和 XLSX 文件");
    }

    private static String fileName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 500 ? name.substring(name.length() - 500) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
