package io.responseledger.cases.importing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LedgerImportRepository extends CrudRepository<LedgerImport, UUID> {

    Optional<LedgerImport> findByActiveContentHash(String activeContentHash);

    Optional<LedgerImport> findByIdForUpdate(UUID id);
}
