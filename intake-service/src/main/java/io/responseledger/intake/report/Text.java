package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;

/** Normalises free text from the wire. */
public final class Text {

    private Text() {
    }

    /**
     * Strips leading and trailing white space, including the ideographic (U+3000) and no-break (U+00A0)
     * spaces that text copied from Chinese web pages carries, and turns a blank value into {@code null} so
     * that blank counts as missing.
     */
    @Nullable
    public static String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
