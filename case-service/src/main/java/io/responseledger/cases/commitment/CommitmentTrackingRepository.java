package io.responseledger.cases.commitment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.responseledger.cases.response.Commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The statements of commitment tracking that the derived queries cannot say. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommitmentTrackingRepository extends GenericRepository<Commitment, UUID> {

    /**
     * Every change of a commitment is a change of its case: the case's version rises with it, so that the case
     * event announcing it carries a newer version than any before it (consumers keep the newest).
     */
    @Query("UPDATE opinion_case SET version = version + 1, updated_at = :now WHERE id = :caseId")
    int touchCase(UUID caseId, Instant now);

    /** Unfulfilled commitments whose last allowed day is before {@code today}, oldest due first. */
    @Query(value = "SELECT * FROM commitment WHERE status IN ('OPEN', 'IN_PROGRESS', 'VERIFICATION_FAILED')"
            + " AND COALESCE(rectification_due_date, due_date) < :today ORDER BY due_date, id LIMIT :limit",
            nativeQuery = true)
    List<Commitment> findPastDue(LocalDate today, int limit);

    /**
     * Marks one commitment overdue if it still is what the job read: of several instances racing for it, the one
     * whose update matches wins (1) and announces it; the others match nothing (0) and move on.
     */
    @Query("UPDATE commitment SET status = 'OVERDUE', version = version + 1, updated_at = :now"
            + " WHERE id = :id AND version = :version"
            + " AND status IN ('OPEN', 'IN_PROGRESS', 'VERIFICATION_FAILED')")
    int markOverdueIfUnchanged(UUID id, long version, Instant now);
}
