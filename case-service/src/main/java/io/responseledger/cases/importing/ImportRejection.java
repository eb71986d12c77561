package io.responseledger.cases.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * A row an import refused: the line of the file it starts on (the header is line 1) and why, in Chinese. Never
 * the row's text, which may hold personal data.
 */
@MappedEntity("ledger_import_rejection")
record ImportRejection(@Id @GeneratedValue @Nullable Long id, UUID importId, int line, String reason) {
}
