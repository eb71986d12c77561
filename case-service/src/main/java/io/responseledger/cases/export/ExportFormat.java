package io.responseledger.cases.export;

import io.micronaut.http.MediaType;

/** The formats of the ledger export. */
enum ExportFormat {
    CSV("csv", new MediaType("text/csv; charset=utf-8")),
    XLSX("xlsx", new MediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }
}
