package io.responseledger.cases.commitment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommitmentVerificationRepository extends CrudRepository<CommitmentVerification, UUID> {

    List<CommitmentVerification> findByCommitmentIdOrderByVerifiedAtAsc(UUID commitmentId);

    List<CommitmentVerification> findByCommitmentIdInOrderByVerifiedAtAsc(Collection<UUID> commitmentIds);
}
