package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A unit's request for more time to respond (延期申请), and the supervisor's decision.
 *
 * @param previousDueAt  the response deadline when it was asked for
 * @param requestedDueAt the deadline asked for; the new deadline if approved
 */
@MappedEntity("case_extension")
public record CaseExtension(
        @Id UUID id,
        UUID caseId,
        String requestedBy,
        @Nullable String requestingUnit,
        String reason,
        @Nullable Instant previousDueAt,
        Instant requestedDueAt,
        Instant requestedAt,
        ExtensionStatus status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote) {

    CaseExtension decided(ExtensionStatus decision, String supervisor, @Nullable String note, Instant now) {
        return new CaseExtension(id, caseId, requestedBy, requestingUnit, reason, previousDueAt, requestedDueAt,
                requestedAt, decision, supervisor, now, note);
    }
}
