package io.responseledger.cases.commitment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.responseledger.cases.audit.AuditEntry;
import io.micronaut.transaction.annotation.Transactional;

/** Empties every table between tests, children first; the service itself never deletes any of this. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TrackingCleanup extends GenericRepository<AuditEntry, Long> {

    @Query("DELETE FROM commitment_evidence")
    void deleteEvidence();

    @Query("DELETE FROM commitment_progress")
    void deleteProgress();

    @Query("DELETE FROM commitment_verification")
    void deleteVerifications();

    @Query("DELETE FROM commitment_review")
    void deleteReviews();

    @Query("DELETE FROM audit_entry")
    void deleteAudit();

    @Query("DELETE FROM report_personal_data")
    void deletePersonalData();

    @Query("DELETE FROM commitment")
    void deleteCommitments();

    @Query("DELETE FROM case_response")
    void deleteResponses();

    @Query("DELETE FROM opinion_report")
    void deleteReports();

    @Query("DELETE FROM case_outbox")
    void deleteOutbox();

    @Query("DELETE FROM opinion_case")
    void deleteCases();

    @Transactional
    default void deleteEverything() {
        deleteEvidence();
        deleteProgress();
        deleteVerifications();
        deleteReviews();
        deleteAudit();
        deletePersonalData();
        deleteCommitments();
        deleteResponses();
        deleteReports();
        deleteOutbox();
        deleteCases();
    }
}
