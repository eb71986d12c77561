package io.responseledger.cases.export;

import io.micronaut.context.annotation.Value;
import io.responseledger.cases.admin.TopicAreaDirectory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the ledger in pages as the client reads it: a writer thread fills a small pipe that the response drains,
 * so a year of cases never sits in memory at once, and a slow client slows the writer down instead of piling
 * up data.
 */
@Singleton
class LedgerExport {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerExport.class);
    private static final int PIPE_BYTES = 64 * 1024;

    private final LedgerPages pages;
    private final TopicAreaDirectory topicAreas;
    private final int pageSize;
    private final ExecutorService writers;

    LedgerExport(LedgerPages pages, TopicAreaDirectory topicAreas,
                 @Value("${ledger.export.page-size:500}") int pageSize,
                 @Value("${ledger.export.concurrent:4}") int concurrent) {
        this.pages = pages;
        this.topicAreas = topicAreas;
        this.pageSize = pageSize;
        AtomicInteger n = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(concurrent, r -> {
            Thread thread = new Thread(r, "ledger-export-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The export as a stream that fills while it is read. The first page is read before answering, so a database
     * that cannot be read is an error response rather than an empty file.
     */
    InputStream stream(ExportFilter filter, ExportFormat format) throws IOException {
        Map<String, String> names = topicAreas.namesByCode();
        LedgerPages.Page first = pages.read(filter, null, pageSize);
        PipedInputStream in = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream out = new PipedOutputStream(in);
        writers.execute(() -> {
            try (out) {
                int lines = write(filter, format, names, first, out);
                LOG.info("Ledger export ({}) written: {} lines", format, lines);
            } catch (IOException | RuntimeException e) {
                // The client went away, or the database did: the response ends early, which the client sees.
                LOG.warn("Ledger export ({}) ended early: {}", format, e.toString());
            }
        });
        return in;
    }

    /** Writes the whole export, from its first page on, to {@code out}; answers the number of lines. */
    private int write(ExportFilter filter, ExportFormat format, Map<String, String> topicAreaNames,
                      LedgerPages.Page first, OutputStream out) throws IOException {
        int lines = 0;
        try (LedgerWriter writer = format == ExportFormat.CSV ? new CsvLedgerWriter(out) : new XlsxLedgerWriter(out)) {
            writer.header(LedgerColumns.HEADERS);
            LedgerPages.Page page = first;
            while (true) {
                for (LedgerLine line : page.lines()) {
                    writer.line(LedgerColumns.cells(line, topicAreaNames));
                    lines++;
                }
                if (page.next() == null) {
                    break;
                }
                page = pages.read(filter, page.next(), pageSize);
            }
            writer.finish();
        }
        return lines;
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
    }
}
