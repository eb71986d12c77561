package io.responseledger.cases.export;

import java.io.IOException;
import java.util.List;

/** Writes the ledger's lines as they come, in one file format. */
interface LedgerWriter extends AutoCloseable {

    void header(List<String> headers) throws IOException;

    void line(List<String> cells) throws IOException;

    /** Completes the file; the response stream stays open for the caller to close. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
