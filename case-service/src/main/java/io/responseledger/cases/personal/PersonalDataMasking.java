package io.responseledger.cases.personal;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.PersonalData;

/**
 * The masked forms case views show in place of stored personal data (docs/security.md): name {@code 王小明} →
 * {@code 王**}, mobile {@code 13912345678} → {@code 139****5678}, ID {@code 110105199001011234} →
 * {@code 110105********1234}, e-mail {@code wang@example.com} → {@code w***@example.com}. Values too short for
 * the usual pattern are masked more, never less.
 */
public final class PersonalDataMasking {

    private static final char MASK = '*';

    private PersonalDataMasking() {
    }

    public static PersonalData mask(PersonalData data) {
        return new PersonalData(name(data.name()),
                data.phones().stream().map(PersonalDataMasking::phone).toList(),
                data.idNumbers().stream().map(PersonalDataMasking::idNumber).toList(),
                data.emails().stream().map(PersonalDataMasking::email).toList());
    }

    /** The first character, then one {@code *} for each further character. */
    @Nullable
    public static String name(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        int first = stripped.offsetByCodePoints(0, 1);
        int rest = stripped.codePointCount(first, stripped.length());
        return stripped.substring(0, first) + String.valueOf(MASK).repeat(rest);
    }

    /**
     * The first three and the last four digits stay (139****5678, 010-****5678); separators stay where they are.
     * A number of seven digits or fewer keeps only its last four, and one of four or fewer none.
     */
    public static String phone(String phone) {
        int digits = (int) phone.chars().filter(Character::isDigit).count();
        int keepHead = digits >= 8 ? 3 : 0;
        int keepTail = digits > 4 ? 4 : 0;
        return maskDigits(phone, digits, keepHead, keepTail);
    }

    /** The first six (the region) and the last four characters stay: 110105********1234. */
    public static String idNumber(String idNumber) {
        String value = idNumber.strip();
        int length = value.length();
        int keepHead = length >= 15 ? 6 : 0;
        int keepTail = length > 8 ? 4 : 0;
        StringBuilder masked = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            masked.append(i < keepHead || i >= length - keepTail ? value.charAt(i) : MASK);
        }
        return masked.toString();
    }

    /**
     * The first character of the local part and the domain stay; the rest of the local part becomes ***, whatever
     * its length. Without a domain, everything is masked.
     */
    public static String email(String email) {
        String value = email.strip();
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        int firstEnd = value.offsetByCodePoints(0, 1);
        // A one-character local part would be shown whole.
        String first = firstEnd < at ? value.substring(0, firstEnd) : "";
        return first + "***" + value.substring(at);
    }

    private static String maskDigits(String value, int digits, int keepHead, int keepTail) {
        StringBuilder masked = new StringBuilder(value.length());
        int digit = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                masked.append(digit < keepHead || digit >= digits - keepTail ? c : MASK);
                digit++;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
