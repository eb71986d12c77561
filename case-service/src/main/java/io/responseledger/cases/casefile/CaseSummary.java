package io.responseledger.cases.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One line of the case list. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseSummary(
        UUID id,
        String title,
        String topicArea,
        CaseStatus status,
        @Nullable String leadUnit,
        int reportCount,
        Instant openedAt,
        Instant updatedAt,
        long version) {

    static CaseSummary from(CaseFile caseFile) {
        return new CaseSummary(caseFile.id(), caseFile.title(), caseFile.topicArea(), caseFile.status(),
                caseFile.leadUnit(), caseFile.reportCount(), caseFile.openedAt(), caseFile.updatedAt(),
                caseFile.version());
    }
}
