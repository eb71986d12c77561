package io.responseledger.cases.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A request for more time and its decision, as the API shows it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExtensionView(
        UUID id,
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

    static ExtensionView from(CaseExtension e) {
        return new ExtensionView(e.id(), e.requestedBy(), e.requestingUnit(), e.reason(), e.previousDueAt(),
                e.requestedDueAt(), e.requestedAt(), e.status(), e.decidedBy(), e.decidedAt(), e.decisionNote());
    }
}
