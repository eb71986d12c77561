package io.responseledger.intake.normalisation;

import io.micronaut.core.annotation.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans free text from every intake channel the same way, so that the same words typed, pasted or exported
 * differently become the same text (and match the same keywords, masks and duplicates):
 * <ol>
 *   <li>HTML pasted from social media ({@code <p>}, {@code <br>}, {@code &nbsp;}) becomes plain text, paragraphs
 *       and line breaks kept as line breaks, scripts and styles dropped;</li>
 *   <li>Unicode NFKC: full-width letters and digits (ＡＢＣ１２３) become ASCII, compatibility forms (①, ㎡)
 *       their plain equivalents. The full-width sentence punctuation of Chinese text (，：；！？（）) and the
 *       ellipsis … are kept: they are the correct punctuation of Chinese, not a width variant;</li>
 *   <li>white space: ideographic (U+3000) and no-break (U+00A0) spaces, tabs and other spaces become one plain
 *       space, runs of spaces one space, zero-width characters vanish, lines are trimmed, and more than one empty
 *       line in a row becomes one.</li>
 * </ol>
 */
public final class TextNormaliser {

    /** Tags or character references that only HTML has; text without them is never run through the parser. */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "<(?:[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?|/[a-zA-Z][a-zA-Z0-9]*\\s*)>|&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "style", "head", "title", "noscript", "template");

    /** Chinese sentence punctuation that NFKC would turn into ASCII: kept as written. */
    private static final String KEPT_PUNCTUATION = "，：；！？（）…";

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextNormaliser() {
    }

    /** Multi-line text (a body, a hotline message's content): HTML stripped, NFKC, white space cleaned. */
    @Nullable
    public static String text(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String plain = looksLikeHtml(value) ? htmlToText(value) : value;
        return blankToNull(whitespace(nfkc(plain), true));
    }

    /** One-line text (a title): as {@link #text}, with line breaks turned into spaces. */
    @Nullable
    public static String line(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String plain = looksLikeHtml(value) ? htmlToText(value) : value;
        return blankToNull(whitespace(nfkc(plain), false));
    }

    /**
     * A short identifier or label (external id, region, handle, category): NFKC and white space only. Markup
     * here is not pasted text but a wrong value, which validation then sees as it was sent.
     */
    @Nullable
    public static String token(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return blankToNull(whitespace(nfkc(value), false));
    }

    static boolean looksLikeHtml(String value) {
        // Both alternatives of the pattern start with one of these; most text has neither, and is decided here.
        if (value.indexOf('<') < 0 && value.indexOf('&') < 0) {
            return false;
        }
        return LOOKS_LIKE_HTML.matcher(value).find();
    }

    /** NFKC on everything but the kept punctuation: each run between kept marks is normalised on its own. */
    static String nfkc(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int runStart = 0;
        for (int i = 0; i < value.length(); i++) {
            if (KEPT_PUNCTUATION.indexOf(value.charAt(i)) >= 0) {
                out.append(Nfkc.normalise(value, runStart, i));
                out.append(value.charAt(i));
                runStart = i + 1;
            }
        }
        out.append(Nfkc.normalise(value, runStart, value.length()));
        return out.toString();
    }

    static String whitespace(String value, boolean keepLineBreaks) {
        return alreadyClean(value, keepLineBreaks) ? value : cleanWhitespace(value, keepLineBreaks);
    }

    /** The white-space rules of the class comment, applied with regular expressions. */
    static String cleanWhitespace(String value, boolean keepLineBreaks) {
        String text = ZERO_WIDTH.matcher(value).replaceAll("");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        if (!keepLineBreaks) {
            text = text.replace('\n', ' ');
        }
        text = HORIZONTAL_SPACE.matcher(text).replaceAll(" ");
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    /**
     * Whether {@link #whitespace} would return the value unchanged, decided in one pass without regular
     * expressions (most text typed into a form or copied from a post is already clean): no control character but
     * the line breaks kept, no zero-width or special space, no run of spaces, no space at either end of a line,
     * no more than one empty line in a row, and neither end blank.
     */
    static boolean alreadyClean(String value, boolean keepLineBreaks) {
        int length = value.length();
        if (length == 0) {
            return true;
        }
        char first = value.charAt(0);
        char last = value.charAt(length - 1);
        if (first == ' ' || first == '\n' || last == ' ' || last == '\n') {
            return false;
        }
        char previous = 0;
        char beforePrevious = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                if (!keepLineBreaks || previous == ' ' || previous == '\n' && beforePrevious == '\n') {
                    return false;
                }
            } else if (c == ' ') {
                if (previous == ' ' || previous == '\n') {
                    return false;
                }
            } else if (c < 0x20 || c == '\u0085' || c == '\u00A0' || c == '\u1680'
                    || c >= '\u2000' && c <= '\u200D' || c == '\u2028' || c == '\u2029' || c == '\u202F'
                    || c == '\u205F' || c == '\u2060' || c == '\u3000' || c == '\uFEFF') {
                return false;
            }
            beforePrevious = previous;
            previous = c;
        }
        return true;
    }

    /** Text of an HTML fragment, with a line break for each {@code <br>} and around each block element. */
    static String htmlToText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideDropped(text)) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        out.append('\n');
                    } else if (element.isBlock()) {
                        breakLine(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !element.nameIs("br")) {
                    breakLine(out);
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return out.toString();
    }

    /** A block starts or ends on a line of its own; adjacent blocks do not make an empty line between them. */
    private static void breakLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static boolean insideDropped(Node node) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element && DROPPED_ELEMENTS.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    @Nullable
    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
