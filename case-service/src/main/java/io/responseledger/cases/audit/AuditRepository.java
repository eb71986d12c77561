package io.responseledger.cases.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Append-only on purpose: there is no update and no delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByCaseIdOrderByIdAsc(UUID caseId);

    /** One page of a case's trail; the pageable's sort decides the order. */
    Page<AuditEntry> findByCaseId(UUID caseId, Pageable pageable);
}
