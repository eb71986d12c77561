package io.responseledger.cases.commitment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommitmentProgressRepository extends CrudRepository<CommitmentProgress, UUID> {

    List<CommitmentProgress> findByCommitmentIdOrderByReportedAtAsc(UUID commitmentId);
}
