package io.responseledger.cases.importing;

/** Running totals of an import. */
record ImportCounts(int rowsRead, int imported, int duplicates, int rejected) {

    static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0);
    }

    ImportCounts plus(RowOutcome outcome) {
        return switch (outcome) {
            case IMPORTED -> new ImportCounts(rowsRead + 1, imported + 1, duplicates, rejected);
            case DUPLICATE -> new ImportCounts(rowsRead + 1, imported, duplicates + 1, rejected);
            case REJECTED -> new ImportCounts(rowsRead + 1, imported, duplicates, rejected + 1);
        };
    }

    /** What became of one row. */
    enum RowOutcome { IMPORTED, DUPLICATE, REJECTED }
}
