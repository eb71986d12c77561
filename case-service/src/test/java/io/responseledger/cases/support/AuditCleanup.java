package io.responseledger.cases.support;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.responseledger.cases.audit.AuditEntry;

/** Empties the audit trail between tests; the service's own repository cannot delete, on purpose. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditCleanup extends GenericRepository<AuditEntry, Long> {

    @Query("DELETE FROM audit_entry")
    void deleteEverything();
}
