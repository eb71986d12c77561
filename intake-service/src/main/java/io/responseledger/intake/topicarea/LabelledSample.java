package io.responseledger.intake.topicarea;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Texts with the topic area a person gave them, read from a CSV with a header row: an optional title column, one
 * or more body columns (joined with a newline) and a label column.
 */
record LabelledSample(List<Row> rows, int skippedWithoutLabel) {

    record Row(int line, String title, String body, String label) {
    }

    static LabelledSample read(Reader reader, String source, String titleColumn, List<String> textColumns,
                               String labelColumn) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(LabelledSample::stripBom).toList();
            List<String> wanted = new ArrayList<>(textColumns);
            wanted.add(labelColumn);
            if (titleColumn != null) {
                wanted.add(titleColumn);
            }
            for (String column : wanted) {
                if (!header.contains(column)) {
                    throw new IllegalArgumentException(source + ": no column '" + column + "'; the header has "
                            + String.join(", ", header));
                }
            }
            List<Row> rows = new ArrayList<>();
            int skipped = 0;
            for (CSVRecord record : parser) {
                String label = cell(record, header, labelColumn).strip();
                if (label.isEmpty()) {
                    skipped++;
                    continue;
                }
                String title = titleColumn == null ? "" : cell(record, header, titleColumn);
                String body = textColumns.stream().map(column -> cell(record, header, column))
                        .collect(Collectors.joining("\n"));
                rows.add(new Row((int) record.getRecordNumber() + 1, title, body, label));
            }
            return new LabelledSample(List.copyOf(rows), skipped);
        }
    }

    private static String cell(CSVRecord record, List<String> header, String column) {
        int index = header.indexOf(column);
        return index < record.size() ? record.get(index) : "";
    }

    private static String stripBom(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1) : name;
    }
}
