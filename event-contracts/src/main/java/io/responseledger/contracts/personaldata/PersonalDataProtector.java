package io.responseledger.contracts.personaldata;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.PersonalData;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a report's personal data apart from its text: the reporter's own name and phone, and whatever the
 * title and body contain, are masked in the text and collected, de-duplicated in order of appearance, into a
 * {@link PersonalData}. Every intake channel goes through here.
 */
public final class PersonalDataProtector {

    /** The masked title and body, and the originals. */
    public record Protected(String title, String body, PersonalData personalData) {

        /** Keeps text and personal data out of logs that print the record. */
        @Override
        public String toString() {
            return "Protected[" + personalData + "]";
        }
    }

    private PersonalDataProtector() {
    }

    /**
     * @param reporterName  the reporter's name when the channel gives it (the hotline's caller); its
     *                      occurrences in the text are masked too
     * @param reporterPhone the reporter's phone number when the channel gives it
     */
    public static Protected protect(String title, String body, @Nullable String reporterName,
                                    @Nullable String reporterPhone) {
        Set<String> phones = new LinkedHashSet<>();
        Set<String> idNumbers = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        if (reporterPhone != null) {
            List<PersonalDataScanner.Finding> found = PersonalDataScanner.scan(reporterPhone).findings();
            if (found.isEmpty()) {
                // Not a number we recognise (an extension, a foreign number): still the caller's, so kept.
                if (reporterPhone.chars().filter(Character::isDigit).count() >= 3) {
                    phones.add(reporterPhone);
                }
            } else {
                found.forEach(f -> add(f, phones, idNumbers, emails));
            }
        }
        String maskedTitle = mask(title, reporterName, phones, idNumbers, emails);
        String maskedBody = mask(body, reporterName, phones, idNumbers, emails);
        var personalData = new PersonalData(reporterName, new ArrayList<>(phones), new ArrayList<>(idNumbers),
                new ArrayList<>(emails));
        return new Protected(maskedTitle, maskedBody, personalData);
    }

    /** The text with the reporter's name and every number and address found in it masked. */
    public static String mask(String text, @Nullable String reporterName) {
        return mask(text, reporterName, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    private static String mask(String text, @Nullable String reporterName, Set<String> phones,
                               Set<String> idNumbers, Set<String> emails) {
        if (text == null) {
            return null;
        }
        String named = text;
        // A one-character name would mask that character everywhere in the text; it is kept apart all the same.
        if (reporterName != null && reporterName.codePointCount(0, reporterName.length()) >= 2) {
            named = text.replace(reporterName, Masks.name(reporterName));
        }
        PersonalDataScanner.Result result = PersonalDataScanner.scan(named);
        result.findings().forEach(f -> add(f, phones, idNumbers, emails));
        return result.maskedText();
    }

    private static void add(PersonalDataScanner.Finding finding, Set<String> phones, Set<String> idNumbers,
                            Set<String> emails) {
        switch (finding.kind()) {
            case PHONE -> phones.add(finding.value());
            case ID_NUMBER -> idNumbers.add(finding.value());
            case EMAIL -> emails.add(finding.value());
        }
    }
}
