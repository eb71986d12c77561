package io.responseledger.cases.admin;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.admin.UnitRequests.CreateUnit;
import io.responseledger.cases.admin.UnitRequests.UnitPage;
import io.responseledger.cases.admin.UnitRequests.UnitView;
import io.responseledger.cases.admin.UnitRequests.UpdateUnit;
import io.responseledger.cases.security.Caller;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Creating, changing, deactivating and listing responsible units. */
@Singleton
class UnitAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(UnitAdministration.class);
    private static final String UNIT = "单位";

    private final OrgUnitRepository units;
    private final Clock clock;

    UnitAdministration(OrgUnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @ReadOnly
    UnitPage list(Optional<Boolean> active, int page, int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("code")));
        Page<OrgUnit> found = active.map(a -> units.findByActive(a, pageable)).orElseGet(() -> units.findAll(pageable));
        return new UnitPage(found.getContent().stream().map(UnitView::from).toList(), page, size,
                found.getTotalSize());
    }

    @ReadOnly
    UnitView get(String code) {
        return UnitView.from(units.findById(code).orElseThrow(() -> AdminException.notFound(UNIT, code)));
    }

    @Transactional
    UnitView create(CreateUnit request, Caller caller) {
        if (units.existsById(request.code())) {
            throw AdminException.taken("code", "单位代码 " + request.code() + " 已存在");
        }
        requireNameFree(request.name(), null);
        requireParent(request.parentCode(), request.code());
        Instant now = now();
        OrgUnit created = units.save(new OrgUnit(request.code(), request.name(), request.parentCode(),
                request.region(), request.active() == null || request.active(), now, now, 1));
        LOG.info("Unit {} created by {}", created.code(), caller.subject());
        return UnitView.from(created);
    }

    @Transactional
    UnitView update(String code, UpdateUnit request, Caller caller) {
        OrgUnit current = units.findByIdForUpdate(code).orElseThrow(() -> AdminException.notFound(UNIT, code));
        if (request.version() != null && request.version() != current.version()) {
            throw AdminException.staleVersion(request.version(), current.version());
        }
        requireNameFree(request.name(), code);
        requireParent(request.parentCode(), code);
        if (current.name().equals(request.name()) && Objects.equals(current.parentCode(), request.parentCode())
                && Objects.equals(current.region(), request.region()) && current.active() == request.active()) {
            return UnitView.from(current);
        }
        OrgUnit updated = units.update(current.changed(request.name(), request.parentCode(), request.region(),
                request.active(), now()));
        LOG.info("Unit {} changed by {} (version {})", code, caller.subject(), updated.version());
        return UnitView.from(updated);
    }

    /** Deactivating an inactive unit changes nothing. */
    @Transactional
    UnitView deactivate(String code, Caller caller) {
        OrgUnit current = units.findByIdForUpdate(code).orElseThrow(() -> AdminException.notFound(UNIT, code));
        if (!current.active()) {
            return UnitView.from(current);
        }
        OrgUnit deactivated = units.update(current.changed(current.name(), current.parentCode(), current.region(),
                false, now()));
        LOG.info("Unit {} deactivated by {}", code, caller.subject());
        return UnitView.from(deactivated);
    }

    private void requireNameFree(String name, String ownCode) {
        units.findByName(name)
                .filter(other -> !other.code().equals(ownCode))
                .ifPresent(other -> {
                    throw AdminException.taken("name", "单位名称 " + name + " 已被单位 " + other.code() + " 使用");
                });
    }

    /** The parent must exist, be active, and not be the unit itself or one of its own descendants. */
    private void requireParent(String parentCode, String ownCode) {
        if (parentCode == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        String at = parentCode;
        while (at != null) {
            if (at.equals(ownCode)) {
                throw AdminException.invalid("parentCode", "上级单位不能是本单位或其下级单位");
            }
            if (!seen.add(at)) {
                break;
            }
            String current = at;
            OrgUnit unit = units.findById(current).orElseThrow(() -> AdminException.invalid("parentCode",
                    "上级单位 " + current + " 不存在"));
            if (current.equals(parentCode) && !unit.active()) {
                throw AdminException.invalid("parentCode", "上级单位 " + current + " 已停用");
            }
            at = unit.parentCode();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
