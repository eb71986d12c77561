package io.responseledger.search.query;

import io.responseledger.search.problem.InvalidParameterException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a user typed, split into the parts that must and must not match. No query-string syntax: whitespace
 * separates parts, a part in double quotes ("…", “…”, ＂…＂) or corner brackets (「…」, 『…』) is one phrase
 * even with spaces inside, a part starting with '-' (or full-width '－') must not match, and a leading '+' is
 * ignored. Each part is later matched as a phrase, which is what makes Chinese precise: the standard analyzer
 * indexes Chinese as single characters, and only a phrase query insists that 工 and 资 stand next to each
 * other. Latin words and numbers are single tokens, so inside a phrase they match whole words only.
 */
record SearchTerms(List<String> required, List<String> excluded) {

    /** Each part is a phrase query over five fields; more parts than this is no longer a search. */
    static final int MAX_PARTS = 20;

    static SearchTerms parse(String q) {
        Set<String> required = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        int n = q == null ? 0 : q.length();
        int i = 0;
        while (i < n) {
            char c = q.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            boolean exclude = false;
            if ((c == '-' || c == '－' || c == '+' || c == '＋') && i + 1 < n && !isSpace(q.charAt(i + 1))) {
                exclude = c == '-' || c == '－';
                i++;
                c = q.charAt(i);
            }
            String part;
            if (isQuote(c)) {
                int end = i + 1;
                while (end < n && !isQuote(q.charAt(end))) {
                    end++;
                }
                part = q.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (end < n && !isSpace(q.charAt(end)) && !isQuote(q.charAt(end))) {
                    end++;
                }
                part = q.substring(i, end);
                i = end;
            }
            part = collapseSpaces(part);
            // A part without letters or digits analyses to nothing and would make the whole query match nothing.
            if (part.codePoints().anyMatch(Character::isLetterOrDigit)) {
                (exclude ? excluded : required).add(part);
            }
        }
        if (required.size() + excluded.size() > MAX_PARTS) {
            throw new InvalidParameterException("q", "q（查询词）最多 " + MAX_PARTS + " 个部分（以空格分隔）");
        }
        return new SearchTerms(List.copyOf(required), List.copyOf(excluded));
    }

    /**
     * Whether a part is Chinese characters only (white space between them allowed), at least two of them. The
     * standard tokenizer makes each such character a token of its own and nothing else of the spaces, so the
     * part's phrase of characters and its phrase of overlapping character pairs find the same texts. Anything
     * else (Latin words, digits, punctuation, emoji, a single character) tokenizes by rules that a phrase of
     * pairs would not follow exactly, and stays a phrase of tokens.
     */
    static boolean isChineseRun(String part) {
        int chinese = 0;
        for (int i = 0; i < part.length(); ) {
            int c = part.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isIdeographic(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                chinese++;
            } else if (!isSpace((char) c) || Character.isSupplementaryCodePoint(c)) {
                return false;
            }
        }
        return chinese >= 2;
    }

    boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    private static boolean isSpace(char c) {
        // Also U+3000 (ideographic space, typed by Chinese input methods) and U+00A0.
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isQuote(char c) {
        // ASCII, curly and full-width double quotes, and the corner brackets Chinese text quotes with.
        return c == '"' || c == '“' || c == '”' || c == '＂' || c == '「' || c == '」' || c == '『' || c == '』';
    }

    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
