package io.responseledger.cases.commitment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommitmentEvidenceRepository extends CrudRepository<CommitmentEvidence, UUID> {

    /** Evidence without the file contents, for listing. */
    @Query(value = "SELECT id, commitment_id, progress_id, kind, url, file_name, content_type, size_bytes, sha256,"
            + " NULL AS content, added_at FROM commitment_evidence WHERE commitment_id = :commitmentId"
            + " ORDER BY added_at, id", nativeQuery = true)
    List<CommitmentEvidence> listWithoutContent(UUID commitmentId);

    Optional<CommitmentEvidence> findByIdAndCommitmentId(UUID id, UUID commitmentId);
}
