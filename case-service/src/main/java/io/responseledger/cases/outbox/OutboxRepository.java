package io.responseledger.cases.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {

    /**
     * The oldest unpublished entries, locked until the transaction ends. Rows another relay instance has
     * locked are skipped rather than waited for, so two instances never send the same row at the same time.
     * Works on PostgreSQL and on H2 2.x.
     */
    @Query("SELECT * FROM case_outbox WHERE published_at IS NULL ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<OutboxEntry> lockNextUnpublished(int limit);

    @Query("UPDATE case_outbox SET published_at = :publishedAt WHERE id IN (:ids)")
    int markPublished(List<Long> ids, Instant publishedAt);

    long countByPublishedAtIsNull();

    @Query("DELETE FROM case_outbox WHERE published_at < :cutoff")
    int deletePublishedBefore(Instant cutoff);

    List<OutboxEntry> findByCaseIdOrderByIdAsc(UUID caseId);
}
