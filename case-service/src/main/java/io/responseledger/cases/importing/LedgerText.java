package io.responseledger.cases.importing;

/** Text as the office's files hold it: cells start and end with newlines, tabs, U+3000 and U+00A0 spaces. */
final class LedgerText {

    private LedgerText() {
    }

    /** Without leading and trailing white space of any kind; the inside stays verbatim. */
    static String strip(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isBlank(String text) {
        return strip(text).isEmpty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
