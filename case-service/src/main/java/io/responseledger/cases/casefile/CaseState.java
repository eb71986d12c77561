package io.responseledger.cases.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the audit trail keeps of a case before and after a change. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseState(String status, @Nullable String leadUnit, long version) {

    public static CaseState of(CaseFile caseFile) {
        return new CaseState(caseFile.status().name(), caseFile.leadUnit(), caseFile.version());
    }
}
