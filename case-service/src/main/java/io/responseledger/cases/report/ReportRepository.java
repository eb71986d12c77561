package io.responseledger.cases.report;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReportRepository extends CrudRepository<Report, UUID> {

    /** The case a report opened or joined. */
    Optional<UUID> findCaseIdById(UUID id);

    List<Report> findByCaseId(UUID caseId, Sort sort);
}
