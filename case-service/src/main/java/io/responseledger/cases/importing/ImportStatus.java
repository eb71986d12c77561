package io.responseledger.cases.importing;

/** Where an import stands. */
public enum ImportStatus {
    /** Accepted, waiting for a worker. */
    QUEUED,
    /** Rows are being read and imported. */
    RUNNING,
    /** Every row was read: imported, skipped as already imported, or rejected with its reason. */
    COMPLETED,
    /** The file as a whole could not be imported (unreadable, required columns missing, instance lost). */
    FAILED
}
