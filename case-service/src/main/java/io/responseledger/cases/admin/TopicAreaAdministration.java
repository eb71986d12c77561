package io.responseledger.cases.admin;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.admin.TopicAreaRequests.CreateTopicArea;
import io.responseledger.cases.admin.TopicAreaRequests.TopicAreaPage;
import io.responseledger.cases.admin.TopicAreaRequests.TopicAreaView;
import io.responseledger.cases.admin.TopicAreaRequests.UpdateTopicArea;
import io.responseledger.cases.security.Caller;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Creating, renaming, deactivating and listing topic areas. */
@Singleton
class TopicAreaAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAreaAdministration.class);
    private static final String TOPIC_AREA = "话题领域";

    private final TopicAreaRepository areas;
    private final Clock clock;

    TopicAreaAdministration(TopicAreaRepository areas, Clock clock) {
        this.areas = areas;
        this.clock = clock;
    }

    @ReadOnly
    TopicAreaPage list(Optional<Boolean> active, int page, int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("code")));
        Page<TopicArea> found = active.map(a -> areas.findByActive(a, pageable)).orElseGet(() -> areas.findAll(pageable));
        return new TopicAreaPage(found.getContent().stream().map(TopicAreaView::from).toList(), page, size,
                found.getTotalSize());
    }

    @ReadOnly
    TopicAreaView get(String code) {
        return TopicAreaView.from(areas.findById(code).orElseThrow(() -> AdminException.notFound(TOPIC_AREA, code)));
    }

    @Transactional
    TopicAreaView create(CreateTopicArea request, Caller caller) {
        if (areas.existsById(request.code())) {
            throw AdminException.taken("code", "话题领域代码 " + request.code() + " 已存在");
        }
        requireNameFree(request.name(), null);
        Instant now = now();
        TopicArea created = areas.save(new TopicArea(request.code(), request.name(),
                request.active() == null || request.active(), now, now, 1));
        LOG.info("Topic area {} created by {}", created.code(), caller.subject());
        return TopicAreaView.from(created);
    }

    @Transactional
    TopicAreaView update(String code, UpdateTopicArea request, Caller caller) {
        TopicArea current = areas.findByIdForUpdate(code).orElseThrow(() -> AdminException.notFound(TOPIC_AREA, code));
        if (request.version() != null && request.version() != current.version()) {
            throw AdminException.staleVersion(request.version(), current.version());
        }
        requireNameFree(request.name(), code);
        if (current.name().equals(request.name()) && current.active() == request.active()) {
            return TopicAreaView.from(current);
        }
        TopicArea updated = areas.update(current.changed(request.name(), request.active(), now()));
        LOG.info("Topic area {} changed by {} (version {})", code, caller.subject(), updated.version());
        return TopicAreaView.from(updated);
    }

    @Transactional
    TopicAreaView deactivate(String code, Caller caller) {
        TopicArea current = areas.findByIdForUpdate(code).orElseThrow(() -> AdminException.notFound(TOPIC_AREA, code));
        if (!current.active()) {
            return TopicAreaView.from(current);
        }
        TopicArea deactivated = areas.update(current.changed(current.name(), false, now()));
        LOG.info("Topic area {} deactivated by {}", code, caller.subject());
        return TopicAreaView.from(deactivated);
    }

    private void requireNameFree(String name, String ownCode) {
        areas.findByName(name)
                .filter(other -> !other.code().equals(ownCode))
                .ifPresent(other -> {
                    throw AdminException.taken("name", "话题领域名称 " + name + " 已被 " + other.code() + " 使用");
                });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
