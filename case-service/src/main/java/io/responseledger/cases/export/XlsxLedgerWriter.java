package io.responseledger.cases.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * XLSX with POI's SXSSF: only the last {@value #ROWS_IN_MEMORY} rows are held in memory, older ones go to a
 * compressed temporary file, and the workbook is zipped straight into the response at the end. A cell holds at
 * most 32,767 characters (Excel's limit); longer texts are cut with a note.
 */
final class XlsxLedgerWriter implements LedgerWriter {

    static final int ROWS_IN_MEMORY = 200;
    static final int MAX_CELL = 32_767;
    private static final String CUT = "…（超出 Excel 单元格长度，已截断）";

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private int rows;

    XlsxLedgerWriter(OutputStream out) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("舆情回应台账");
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
    }

    @Override
    public void header(List<String> headers) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void line(List<String> cells) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (!value.isEmpty()) {
                row.createCell(i).setCellValue(value.length() > MAX_CELL
                        ? value.substring(0, MAX_CELL - CUT.length()) + CUT : value);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            // The temporary file of the rows flushed to disk; before close, which would leave it behind.
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
