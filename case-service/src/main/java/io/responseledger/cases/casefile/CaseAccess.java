package io.responseledger.cases.casefile;

import io.responseledger.cases.security.AccessDeniedException;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases a caller may see and act on, beyond the roles each endpoint admits (docs/security.md): MONITOR,
 * SUPERVISOR and LEADER read every case; an OFFICER reads and acts only on the cases whose lead unit is their
 * {@code unit} claim, and an OFFICER token without one is refused.
 */
public final class CaseAccess {

    private static final Set<String> READ_EVERY_CASE = Set.of(Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER);

    private CaseAccess() {
    }

    /**
     * The one unit whose cases the caller's lists are limited to, or empty when the caller sees every case.
     *
     * @throws AccessDeniedException if the caller may see no case at all
     */
    public static Optional<String> listScope(Caller caller) {
        if (caller.hasAny(READ_EVERY_CASE)) {
            return Optional.empty();
        }
        return Optional.of(officerUnit(caller));
    }

    /** @throws AccessDeniedException unless the caller may read this case */
    public static void requireRead(Caller caller, CaseFile caseFile) {
        if (!caller.hasAny(READ_EVERY_CASE)) {
            requireLeadUnitOfficer(caller, caseFile);
        }
    }

    /** Recording responses, and later everything else the lead unit does on its case. */
    public static void requireLeadUnitOfficer(Caller caller, CaseFile caseFile) {
        if (!Objects.equals(officerUnit(caller), caseFile.leadUnit())) {
            throw new AccessDeniedException(AccessDeniedException.OTHER_UNIT);
        }
    }

    /** Full contact details: supervisors, and the officers of the lead unit, who call the citizen back. */
    public static void requireContacts(Caller caller, CaseFile caseFile) {
        if (!caller.has(Roles.SUPERVISOR)) {
            requireLeadUnitOfficer(caller, caseFile);
        }
    }

    private static String officerUnit(Caller caller) {
        if (!caller.has(Roles.OFFICER)) {
            throw new AccessDeniedException("您的角色无权访问案件");
        }
        if (caller.unit() == null) {
            throw new AccessDeniedException(AccessDeniedException.NO_UNIT);
        }
        return caller.unit();
    }
}
