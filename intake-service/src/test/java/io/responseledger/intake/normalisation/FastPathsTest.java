package io.responseledger.intake.normalisation;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts taken for speed ({@link Nfkc}, {@link TextNormaliser#alreadyClean}) must give exactly what the
 * full rules give. Random text over an alphabet of the characters that matter (stable and unstable for NFKC,
 * combining marks, every kind of space and line break) checks that far beyond the table-driven tests.
 */
class FastPathsTest {

    private static final String ALPHABET = "ab1 。、，：（）…《》“”—·×中文工资拖欠"
            + "ＡＢ１２＠㎡①\u0301\u0308\u1100\u1161\u11a8\uac00\u3000\u00a0\u2002\u200b\ufeff\t\r\n\u2028\u0085 \u001f"
            + "\ud83d\ude00\uf900\u2026";

    @Test
    void everyCharacterTakenAsStableIsLeftAloneByTheJdkNormaliser() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Nfkc.isStable(c)) {
                String s = String.valueOf(c);
                assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).as("U+%04X", (int) c).isEqualTo(s);
            }
        }
    }

    @Test
    void nfkcGivesWhatTheJdkGives() {
        Random random = new Random(42);
        for (int n = 0; n < 200_000; n++) {
            String text = randomText(random);
            assertThat(Nfkc.normalise(text)).as("%s", escaped(text))
                    .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
        }
    }

    @Test
    void textTakenAsCleanIsWhatTheWhiteSpaceRulesWouldReturn() {
        Random random = new Random(7);
        int clean = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = randomText(random);
            for (boolean keepLineBreaks : new boolean[] {true, false}) {
                String full = TextNormaliser.cleanWhitespace(text, keepLineBreaks);
                assertThat(TextNormaliser.whitespace(text, keepLineBreaks)).as("%s", escaped(text)).isEqualTo(full);
                if (TextNormaliser.alreadyClean(text, keepLineBreaks)) {
                    clean++;
                }
            }
        }
        // The shortcut is taken at all (random text is rarely clean; typed text mostly is).
        assertThat(clean).isPositive();
    }

    private static String randomText(Random random) {
        int length = random.nextInt(12);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
