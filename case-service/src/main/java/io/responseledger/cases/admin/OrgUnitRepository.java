package io.responseledger.cases.admin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrgUnitRepository extends CrudRepository<OrgUnit, String> {

    Optional<OrgUnit> findByIdForUpdate(String code);

    Optional<OrgUnit> findByName(String name);

    Page<OrgUnit> findByActive(boolean active, Pageable pageable);

    Page<OrgUnit> findAll(Pageable pageable);

    long countByParentCodeAndActive(String parentCode, boolean active);
}
