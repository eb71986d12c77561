package io.responseledger.contracts.personaldata;

/**
 * The masked forms written into report text in place of personal data. Enough is left to tell two numbers
 * apart in a conversation ("the one ending 5678") and nothing that lets a reader call or identify anyone.
 */
public final class Masks {

    private Masks() {
    }

    /** {@code 13912345678} → {@code 139****5678}. */
    public static String mobile(String digits) {
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    /** {@code 0731-12345678} → {@code 0731-****5678}: the area code, then only the last four digits. */
    public static String landline(String areaCode, String number) {
        return areaCode + "-" + "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    /** {@code 110105199001011234} → {@code 110105********1234}: region, then the last four characters. */
    public static String idNumber(String number) {
        return number.substring(0, 6) + "********" + number.substring(14);
    }

    /** {@code wang@example.com} → {@code w***@example.com}. */
    public static String email(String local, String domain) {
        return local.charAt(0) + "***@" + domain;
    }

    /** {@code 王小明} → {@code 王**}: the family name stays, every other character is starred. */
    public static String name(String name) {
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
