package io.responseledger.cases.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TopicAreaRepository extends CrudRepository<TopicArea, String> {

    Optional<TopicArea> findByIdForUpdate(String code);

    Optional<TopicArea> findByName(String name);

    Page<TopicArea> findByActive(boolean active, Pageable pageable);

    Page<TopicArea> findAll(Pageable pageable);
}
