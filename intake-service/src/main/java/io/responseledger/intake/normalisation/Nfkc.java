package io.responseledger.intake.normalisation;

import java.text.Normalizer;

/**
 * Unicode NFKC with the same result as {@link Normalizer#normalize(CharSequence, Normalizer.Form)}, but without
 * running the normaliser over the characters that most report text consists of and that NFKC never changes.
 *
 * <p>Why: every report's title and body are normalised twice (text cleaning, then keyword matching), and the JDK
 * normaliser copies and checks every character each time; profiling the intake benchmark put it among the
 * largest costs of a report. Chinese text is almost entirely CJK ideographs, ASCII and a handful of punctuation
 * marks, none of which NFKC alters.
 *
 * <p>Why the result is the same: the characters passed through ({@link #isStable}) have no decomposition, are
 * starters (canonical combining class 0) and are never the second character of a composition. So NFKC cannot
 * change them, reorder across them, or join them to what precedes them; the only thing that can reach them is a
 * combining mark <em>after</em> them composing with them (e + U+0301 → é). Each run of other characters is
 * therefore normalised together with the stable character just before it, which is enough.
 */
public final class Nfkc {

    private Nfkc() {
    }

    /** NFKC of {@code value[start, end)}, identical to the JDK's. */
    public static String normalise(String value, int start, int end) {
        int firstUnstable = start;
        while (firstUnstable < end && isStable(value.charAt(firstUnstable))) {
            firstUnstable++;
        }
        if (firstUnstable == end) {
            return value.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start + 16);
        int at = start;
        int i = firstUnstable;
        while (i < end) {
            // value[at, i) is stable; a run of others starts at i and takes its stable predecessor with it.
            int runStart = i > at ? i - 1 : i;
            out.append(value, at, runStart);
            int runEnd = i;
            while (runEnd < end && !isStable(value.charAt(runEnd))) {
                runEnd++;
            }
            out.append(Normalizer.normalize(value.subSequence(runStart, runEnd), Normalizer.Form.NFKC));
            at = runEnd;
            i = runEnd;
            while (i < end && isStable(value.charAt(i))) {
                i++;
            }
        }
        out.append(value, at, end);
        return out.toString();
    }

    /** NFKC of the whole value, identical to the JDK's. */
    public static String normalise(String value) {
        return normalise(value, 0, value.length());
    }

    /**
     * Characters that NFKC leaves alone whatever surrounds them (see the class comment): ASCII, the CJK Unified
     * Ideographs with extension A, and the CJK punctuation and quotation marks of everyday Chinese text. The test
     * checks every one against the JDK's normaliser.
     */
    static boolean isStable(char c) {
        if (c < 0x80) {
            return true;
        }
        if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
            return true;
        }
        return switch (c) {
            // 、 。 〈 〉 《 》 「 」 『 』 【 】 〔 〕
            case '\u3001', '\u3002', '\u3008', '\u3009', '\u300A', '\u300B', '\u300C', '\u300D', '\u300E', '\u300F',
                 '\u3010', '\u3011', '\u3014', '\u3015',
                 // ‘ ’ “ ” — · ×
                 '\u2018', '\u2019', '\u201C', '\u201D', '\u2014', '\u00B7', '\u00D7' -> true;
            default -> false;
        };
    }
}
