package io.responseledger.cases.deadline;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StoredDeadlineRuleRepository extends CrudRepository<StoredDeadlineRule, String> {
}
