package io.responseledger.cases.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a past ledger row by row, never the whole file at once: CSV with commons-csv (UTF-8 with or without a
 * byte-order mark; files that are not valid UTF-8 are read as GB18030, which Excel on Chinese Windows writes), XLSX
 * with POI's streaming event API (first sheet). The first row is the header. Cells of date type in XLSX come out
 * as {@code yyyy-MM-dd HH:mm:ss}.
 */
final class LedgerFileReader {

    /** Receives the rows of a file in order. */
    interface RowHandler {
        void header(List<String> cells);

        /**
         * @param line the line of the file where the row starts (CSV; a cell may span lines), or the row number
         *             (XLSX); the header is line 1
         */
        void row(int line, List<String> cells);
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private LedgerFileReader() {
    }

    /** @throws ImportFailure if the file cannot be read as the format says */
    static void read(Path file, LedgerFileFormat format, RowHandler handler) {
        try {
            switch (format) {
                case CSV -> readCsv(file, handler);
                case XLSX -> readXlsx(file, handler);
            }
        } catch (ImportFailure e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof ImportFailure failure) {
                throw failure;
            }
            throw new ImportFailure("无法读取" + format + "文件：" + e.getClass().getSimpleName(), e);
        }
    }

    private static void readCsv(Path file, RowHandler handler) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
        CSVFormat csv = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get();
        try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
             Reader reader = new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(csv).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean header = true;
            while (true) {
                long linesBefore = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                if (header) {
                    handler.header(cells);
                    header = false;
                } else if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                    handler.row((int) linesBefore + 1, cells);
                }
            }
            if (header) {
                throw new ImportFailure("文件为空：第一行必须是表头");
            }
        }
    }

    /** Whether the whole file decodes as UTF-8; read in blocks, so any size is fine. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + n);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void readXlsx(Path file, RowHandler handler) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFailure("XLSX 文件没有工作表");
            }
            SheetRows rows = new SheetRows(handler);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            if (!rows.seenHeader) {
                throw new ImportFailure("文件为空：第一行必须是表头");
            }
        }
    }

    /** Collects the cells of each row (which the event API reports sparsely) and hands whole rows on. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private boolean seenHeader;

        SheetRows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!seenHeader) {
                seenHeader = true;
                handler.header(List.copyOf(cells));
            } else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                handler.row(rowNum + 1, List.copyOf(cells));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Date cells as ISO local date-times, whatever display format the sheet gave them. */
    private static final class IsoDates extends DataFormatter {

        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing, true).format(ISO);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
