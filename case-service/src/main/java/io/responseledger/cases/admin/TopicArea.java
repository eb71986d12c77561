package io.responseledger.cases.admin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A topic area (话题领域). Cases and reports carry the code in {@code topic_area}; people read the name.
 *
 * @param active false once deactivated: old cases keep it, nothing new is filed under it
 */
@MappedEntity("topic_area")
record TopicArea(
        @Id String code,
        String name,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    TopicArea changed(String newName, boolean newActive, Instant now) {
        return new TopicArea(code, newName, newActive, createdAt, now, version + 1);
    }
}
