package io.responseledger.cases.report;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.responseledger.contracts.ReportSource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReportRepository extends CrudRepository<Report, UUID> {

    /** The case a report opened or joined. */
    Optional<UUID> findCaseIdById(UUID id);

    List<Report> findByCaseId(UUID caseId, Sort sort);

    /** Earlier reports of the same external thread (the same post or conversation on the same platform). */
    List<Report> findBySourceAndExternalIdOrderByReceivedAtAsc(ReportSource source, String externalId);

    /** Earlier reports of the same hotline work order. */
    List<Report> findByWorkOrderNumberOrderByReceivedAtAsc(String workOrderNumber);

    /** Moves every report of one case to another: a merge keeps the reports, on the surviving case. */
    @Query("UPDATE opinion_report SET case_id = :toCaseId WHERE case_id = :fromCaseId")
    int moveAll(UUID fromCaseId, UUID toCaseId);
}
