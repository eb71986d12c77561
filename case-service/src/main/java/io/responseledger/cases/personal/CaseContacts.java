package io.responseledger.cases.personal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.contracts.ReportSource;

import java.util.List;
import java.util.UUID;

/**
 * The full contact details of a case's reports, for calling the citizen back: one entry per report, oldest
 * first, with empty values for a report that has none.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseContacts(UUID caseId, List<Contact> contacts) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Contact(
            UUID reportId,
            ReportSource source,
            @Nullable String externalId,
            @Nullable String name,
            List<String> phones,
            List<String> idNumbers,
            List<String> emails) {

        /** Keeps the values out of logs and exception messages that print the record. */
        @Override
        public String toString() {
            return "Contact[reportId=" + reportId + ", phones=" + phones.size() + ", idNumbers=" + idNumbers.size()
                    + ", emails=" + emails.size() + "]";
        }
    }
}
