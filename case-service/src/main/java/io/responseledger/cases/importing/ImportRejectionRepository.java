package io.responseledger.cases.importing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ImportRejectionRepository extends GenericRepository<ImportRejection, Long> {

    ImportRejection save(ImportRejection rejection);

    Page<ImportRejection> findByImportId(UUID importId, Pageable pageable);
}
