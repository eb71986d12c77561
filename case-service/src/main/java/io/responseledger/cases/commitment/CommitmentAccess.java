package io.responseledger.cases.commitment;

import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.response.Commitment;
import io.responseledger.cases.security.AccessDeniedException;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;

import java.util.Objects;
import java.util.Set;

/**
 * Who may see and act on a commitment beyond the roles each endpoint admits (docs/security.md): MONITOR,
 * SUPERVISOR and LEADER read every commitment; an OFFICER reads those owned by their unit or made on a case their
 * unit leads, and changes (progress, claim) only those owned by their unit.
 */
final class CommitmentAccess {

    static final String OTHER_UNIT = "承诺不属于您所在的单位";
    private static final Set<String> READ_EVERY_COMMITMENT = Set.of(Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER);

    private CommitmentAccess() {
    }

    static void requireRead(Caller caller, Commitment commitment, CaseFile caseFile) {
        if (caller.hasAny(READ_EVERY_COMMITMENT)) {
            return;
        }
        String unit = officerUnit(caller);
        if (!unit.equals(commitment.ownerUnit()) && !unit.equals(caseFile.leadUnit())) {
            throw new AccessDeniedException(OTHER_UNIT);
        }
    }

    static void requireOwnerOfficer(Caller caller, Commitment commitment) {
        if (!Objects.equals(officerUnit(caller), commitment.ownerUnit())) {
            throw new AccessDeniedException(OTHER_UNIT);
        }
    }

    private static String officerUnit(Caller caller) {
        if (!caller.has(Roles.OFFICER)) {
            throw new AccessDeniedException("您的角色无权访问承诺");
        }
        if (caller.unit() == null) {
            throw new AccessDeniedException(AccessDeniedException.NO_UNIT);
        }
        return caller.unit();
    }
}
