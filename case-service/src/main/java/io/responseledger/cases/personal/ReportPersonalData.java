package io.responseledger.cases.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.responseledger.contracts.PersonalData;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The personal data of one report as stored, apart from the report (table {@code report_personal_data}). The
 * lists are newline-separated text: portable across H2 and PostgreSQL, and none of the values can contain a
 * line break (any there would be turned into a space).
 */
@MappedEntity("report_personal_data")
public record ReportPersonalData(
        @Id UUID reportId,
        @Nullable String name,
        String phones,
        String idNumbers,
        String emails) {

    public static ReportPersonalData of(UUID reportId, PersonalData data) {
        String name = data.name() == null || data.name().isBlank() ? null : data.name().strip();
        return new ReportPersonalData(reportId, name, join(data.phones()), join(data.idNumbers()),
                join(data.emails()));
    }

    public PersonalData toPersonalData() {
        return new PersonalData(name, split(phones), split(idNumbers), split(emails));
    }

    /** Keeps the values out of logs and exception messages that print the record. */
    @Override
    public String toString() {
        return "ReportPersonalData[reportId=" + reportId + ", " + toPersonalData() + "]";
    }

    private static String join(List<String> values) {
        return String.join("\n", values.stream()
                .map(value -> value.replaceAll("[\\r\\n]+", " ").strip())
                .filter(value -> !value.isEmpty())
                .toList());
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
