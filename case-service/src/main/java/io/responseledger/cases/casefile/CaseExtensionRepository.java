package io.responseledger.cases.casefile;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CaseExtensionRepository extends CrudRepository<CaseExtension, UUID> {

    List<CaseExtension> findByCaseIdOrderByRequestedAtAsc(UUID caseId);

    Optional<CaseExtension> findByCaseIdAndStatus(UUID caseId, ExtensionStatus status);
}
