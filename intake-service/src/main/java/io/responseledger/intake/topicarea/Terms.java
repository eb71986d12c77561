package io.responseledger.intake.topicarea;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.intake.normalisation.Nfkc;

import java.util.Locale;

/** The one normalisation applied to keywords and to the text they are matched in, so both sides agree. */
final class Terms {

    private Terms() {
    }

    /** NFKC (full-width letters and digits become half-width), lower case, whitespace removed. */
    static String normalise(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = Nfkc.normalise(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            // Chinese text has no word spaces; removing them lets 拖欠 工资 still match 拖欠工资.
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
