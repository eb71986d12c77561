package io.responseledger.cases.casefile;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.util.Optional;
import java.util.UUID;

/**
 * Cases. Micronaut Data compiles the SQL for the dialect named here, whatever the datasource is: H2 runs
 * PostgreSQL SQL in its PostgreSQL mode, so this one repository serves both databases.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseFileRepository extends CrudRepository<CaseFile, UUID>, JpaSpecificationExecutor<CaseFile> {

    /** Reads the case and locks its row until the transaction ends, so changes to one case queue up. */
    Optional<CaseFile> findByIdForUpdate(UUID id);
}
