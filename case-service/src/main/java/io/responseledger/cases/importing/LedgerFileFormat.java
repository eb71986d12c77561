package io.responseledger.cases.importing;

/** The file formats a past ledger can come in. */
public enum LedgerFileFormat {
    CSV,
    XLSX
}
