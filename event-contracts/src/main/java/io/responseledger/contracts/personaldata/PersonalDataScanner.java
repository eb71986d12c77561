package io.responseledger.contracts.personaldata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text (mainland mobile and landline numbers, 18-digit ID-card numbers with a valid
 * check character, e-mail addresses) and masks it.
 *
 * <p>Numbers are matched only as whole digit runs: a mobile number inside a 20-digit order number is not a
 * mobile number. Full-width characters (１３９…, ＠) are folded to ASCII before matching, one character for
 * one, so positions stay those of the original text; full Unicode normalisation is a later step.
 */
public final class PersonalDataScanner {

    /** What a finding is. */
    public enum Kind { EMAIL, ID_NUMBER, PHONE }

    /**
     * One piece of personal data.
     *
     * @param start  first character in the text
     * @param end    one past the last character in the text
     * @param value  the normalised original: digits only for mobiles, {@code 0731-12345678} for landlines,
     *               upper-case X for ID numbers, lower-case domain for e-mail addresses
     * @param masked what replaces it in the text
     */
    public record Finding(Kind kind, int start, int end, String value, String masked) {

        /** Keeps the value out of logs and assertion messages that print a finding. */
        @Override
        public String toString() {
            return "Finding[" + kind + " " + start + ".." + end + " -> " + masked + "]";
        }
    }

    /** The text with every finding masked, and the findings in order of appearance. */
    public record Result(String maskedText, List<Finding> findings) {
    }

    /** Separators people write inside phone numbers: spaces and dashes (after folding). */
    private static final String SEP = "[ \\t\\u00A0\\-\\u2010-\\u2015]";
    private static final String NOT_AFTER_DIGIT = "(?<!\\p{Nd})";
    private static final String NOT_BEFORE_DIGIT = "(?!\\p{Nd})";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])([A-Za-z0-9_%+\\-][A-Za-z0-9._%+\\-]*)"
                    + "@((?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24})(?![A-Za-z0-9\\-])");

    private static final Pattern ID_NUMBER = Pattern.compile(
            NOT_AFTER_DIGIT + "([0-9]{17}[0-9Xx])" + NOT_BEFORE_DIGIT);

    /** 11 digits 1[3-9]x xxxx xxxx, optionally written 3-4-4 with separators and after +86, 0086 or 86. */
    private static final Pattern MOBILE = Pattern.compile(
            NOT_AFTER_DIGIT + "(?:(?:\\+|00)?86" + SEP + "?)?"
                    + "(1[3-9][0-9])" + SEP + "?([0-9]{4})" + SEP + "?([0-9]{4})" + NOT_BEFORE_DIGIT);

    /**
     * Area code (010 and 02x have three digits, every other one four), optionally in parentheses, then a
     * 7- or 8-digit number.
     */
    private static final Pattern LANDLINE = Pattern.compile(
            NOT_AFTER_DIGIT + "(?:\\((0(?:10|2[0-9]|[3-9][0-9]{2}))\\)|(0(?:10|2[0-9]|[3-9][0-9]{2})))"
                    + SEP + "?([0-9]{7,8})" + NOT_BEFORE_DIGIT);

    /** Digits in the shortest number any pattern matches: a landline, 3-digit area code and 7 digits. */
    private static final int MIN_NUMBER_DIGITS = 10;

    private PersonalDataScanner() {
    }

    public static Result scan(String text) {
        if (text == null || text.isEmpty()) {
            return new Result(text, List.of());
        }
        String folded = foldWidth(text);
        // Every pattern needs characters that most text lacks: an @ for an address, at least ten digits for a
        // number (a landline is the shortest: a 3-digit area code and 7 digits). Counting them is one pass;
        // running a pattern that cannot match is a pass of its own.
        boolean mayHaveEmail = folded.indexOf('@') >= 0;
        boolean mayHaveNumber = hasDigits(folded, MIN_NUMBER_DIGITS);
        if (!mayHaveEmail && !mayHaveNumber) {
            return new Result(text, List.of());
        }
        List<Finding> findings = new ArrayList<>();
        // E-mail first (its local part may be a phone number), then the longer numbers before the shorter.
        if (mayHaveEmail) {
            collectEmails(folded, findings);
        }
        if (mayHaveNumber) {
            collectNumbers(folded, findings);
        }
        if (findings.isEmpty()) {
            return new Result(text, List.of());
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        StringBuilder masked = new StringBuilder(text.length());
        int at = 0;
        for (Finding finding : findings) {
            masked.append(text, at, finding.start()).append(finding.masked());
            at = finding.end();
        }
        masked.append(text, at, text.length());
        return new Result(masked.toString(), List.copyOf(findings));
    }

    /** Whether {@code text} has at least {@code count} ASCII digits (the patterns match only those). */
    private static boolean hasDigits(String text, int count) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++seen >= count) {
                return true;
            }
        }
        return false;
    }

    private static void collectEmails(String folded, List<Finding> findings) {
        collect(EMAIL, folded, findings, m -> {
            String local = m.group(1);
            String domain = m.group(2).toLowerCase(java.util.Locale.ROOT);
            return new Finding(Kind.EMAIL, m.start(), m.end(), local + "@" + domain, Masks.email(local, domain));
        });
    }

    private static void collectNumbers(String folded, List<Finding> findings) {
        collect(ID_NUMBER, folded, findings, m -> {
            String number = m.group(1).toUpperCase(java.util.Locale.ROOT);
            return IdCardNumbers.isValid(number)
                    ? new Finding(Kind.ID_NUMBER, m.start(), m.end(), number, Masks.idNumber(number))
                    : null;
        });
        collect(MOBILE, folded, findings, m -> {
            String digits = m.group(1) + m.group(2) + m.group(3);
            return new Finding(Kind.PHONE, m.start(), m.end(), digits, Masks.mobile(digits));
        });
        collect(LANDLINE, folded, findings, m -> {
            String area = m.group(1) != null ? m.group(1) : m.group(2);
            String number = m.group(3);
            return new Finding(Kind.PHONE, m.start(), m.end(), area + "-" + number, Masks.landline(area, number));
        });
    }

    private interface FindingFactory {
        /** The finding for a match, or null when the match is not personal data after all. */
        Finding create(Matcher match);
    }

    /** Adds the matches that do not overlap an earlier (higher-priority) finding. */
    private static void collect(Pattern pattern, String text, List<Finding> findings, FindingFactory factory) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            boolean overlaps = findings.stream().anyMatch(f -> start < f.end() && f.start() < end);
            if (!overlaps) {
                Finding finding = factory.create(matcher);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
    }

    /**
     * Full-width ASCII forms (U+FF01..U+FF5E: １, ＠, －, （) and the ideographic space become their ASCII
     * counterparts. One character for one, so indices into the result are indices into the input.
     */
    static String foldWidth(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
