package io.responseledger.search.indexing;

import io.micronaut.core.annotation.Nullable;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defence in depth: intake already masks personal data in report text and case events never carry it, but
 * should a full mainland mobile number or 18-digit ID-card number still reach search-service, it is masked the
 * same way before it can be indexed ({@code 13912345678} → {@code 139****5678}, {@code 110105199001011234} →
 * {@code 110105********1234}).
 */
final class PersonalDataMask {

    /** Region code, a birth date in 1800–2099, sequence number and check digit; not part of a longer number. */
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])\\d{6}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
    /** 11 digits starting 13–19 (also written 3-4-4 with spaces or hyphens, or after +86); not inside a longer number. */
    private static final Pattern MOBILE =
            Pattern.compile("(?<!\\d)((?:\\+?86[- ]?)?)(1[3-9]\\d)[- ]?\\d{4}[- ]?(\\d{4})(?!\\d)");

    private PersonalDataMask() {
    }

    static @Nullable String mask(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(ID_NUMBER.matcher(text),
                m -> m.group().substring(0, 6) + "********" + m.group().substring(14));
        return replace(MOBILE.matcher(masked), m -> m.group(1) + m.group(2) + "****" + m.group(3));
    }

    static boolean containsUnmasked(@Nullable String text) {
        return text != null && (ID_NUMBER.matcher(text).find() || MOBILE.matcher(text).find());
    }

    private static String replace(Matcher matcher, Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
