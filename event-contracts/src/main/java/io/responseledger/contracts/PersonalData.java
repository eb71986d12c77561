package io.responseledger.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A report's personal data, kept apart from its text (which holds only masked forms): the reporter's name and
 * every phone number, ID-card number and e-mail address found in or given with the report. Never logged,
 * never put in a case event or the search index; shown in full only to those who call the citizen back.
 */
@Serdeable
public record PersonalData(
        @Nullable String name,
        List<String> phones,
        List<String> idNumbers,
        List<String> emails) {

    public PersonalData {
        phones = phones == null ? List.of() : List.copyOf(phones);
        idNumbers = idNumbers == null ? List.of() : List.copyOf(idNumbers);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    public static PersonalData none() {
        return new PersonalData(null, List.of(), List.of(), List.of());
    }

    /** Named without a bean prefix so that serialisation does not take it for a property. */
    public boolean hasAny() {
        return name != null || !phones.isEmpty() || !idNumbers.isEmpty() || !emails.isEmpty();
    }

    /** Keeps the values out of logs and exception messages that print a record. */
    @Override
    public String toString() {
        return "PersonalData[name=%s, phones=%d, idNumbers=%d, emails=%d]"
                .formatted(name == null ? "none" : "***", phones.size(), idNumbers.size(), emails.size());
    }
}
