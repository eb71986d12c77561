package io.responseledger.cases.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A responsible unit (责任单位) as the administrator keeps it. Cases name their lead unit by {@link #name}; the
 * code is the stable key of this table.
 *
 * @param parentCode the unit it belongs to (a district government for its bureaus), if any
 * @param region     the administrative region it serves, if any
 * @param active     false once deactivated: kept for the cases that name it, offered for nothing new
 */
@MappedEntity("org_unit")
record OrgUnit(
        @Id String code,
        String name,
        @Nullable String parentCode,
        @Nullable String region,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    OrgUnit changed(String newName, @Nullable String newParent, @Nullable String newRegion, boolean newActive,
                    Instant now) {
        return new OrgUnit(code, newName, newParent, newRegion, newActive, createdAt, now, version + 1);
    }
}
