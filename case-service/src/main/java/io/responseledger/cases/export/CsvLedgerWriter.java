package io.responseledger.cases.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV (RFC 4180, CRLF) in UTF-8 with a byte-order mark: without it Excel on Chinese Windows reads the file as GBK
 * and shows the headers garbled. Each line is written as it comes.
 */
final class CsvLedgerWriter implements LedgerWriter {

    private final CSVPrinter printer;

    CsvLedgerWriter(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 32 * 1024);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<String> headers) throws IOException {
        printer.printRecord(headers);
    }

    @Override
    public void line(List<String> cells) throws IOException {
        printer.printRecord(cells);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
