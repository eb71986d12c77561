package io.responseledger.cases.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lookup of the administered responsible units, for features that want to check a unit a request names
 * (assignment, transfer, import). Cases name units by their Chinese name, so lookups go by name or by code.
 */
@Singleton
public class UnitDirectory {

    private final OrgUnitRepository units;

    UnitDirectory(OrgUnitRepository units) {
        this.units = units;
    }

    /** A unit as the directory knows it. */
    public record Unit(String code, String name, @Nullable String parentCode, @Nullable String region,
                       boolean active) {

        static Unit of(OrgUnit unit) {
            return new Unit(unit.code(), unit.name(), unit.parentCode(), unit.region(), unit.active());
        }
    }

    @ReadOnly
    public Optional<Unit> byCode(String code) {
        return units.findById(code).map(Unit::of);
    }

    @ReadOnly
    public Optional<Unit> byName(String name) {
        return units.findByName(name.strip()).map(Unit::of);
    }

    /** The unit a name or a code stands for, the name tried first. */
    @ReadOnly
    public Optional<Unit> find(String nameOrCode) {
        return byName(nameOrCode).or(() -> byCode(nameOrCode.strip()));
    }

    /** Whether new work may go to the unit so named (an active unit with this name or code). */
    @ReadOnly
    public boolean isActive(String nameOrCode) {
        return find(nameOrCode).map(Unit::active).orElse(false);
    }
}
