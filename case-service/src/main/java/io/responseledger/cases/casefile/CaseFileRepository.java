package io.responseledger.cases.casefile;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.time.Instant;
import java.util.List;
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

    /** Cases whose response deadline passed while they waited for a response, not yet marked, oldest first. */
    @Query("SELECT * FROM opinion_case WHERE overdue = FALSE AND response_due_at < :now AND paused_at IS NULL"
            + " AND status IN ('NEW', 'ASSIGNED', 'TRANSFERRING', 'ESCALATED') ORDER BY response_due_at LIMIT :limit")
    List<CaseFile> findOverdueCandidates(Instant now, int limit);

    /**
     * Marks one case overdue if it still is and nobody marked it yet: of several instances racing, exactly one
     * updates the row (the others wait on its row lock, then find {@code overdue} already true), so exactly one
     * announces it. Answers how many rows changed: 1 for the winner, 0 otherwise.
     */
    @Query("UPDATE opinion_case SET overdue = TRUE, version = version + 1, updated_at = :now WHERE id = :id"
            + " AND overdue = FALSE AND response_due_at < :now AND paused_at IS NULL"
            + " AND status IN ('NEW', 'ASSIGNED', 'TRANSFERRING', 'ESCALATED')")
    int markOverdue(UUID id, Instant now);
}
