package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;

/**
 * The title of a report from a hotline work order: {@code 12345工单2026112600123 劳动保障/欠薪}; without a
 * category, the start of the content instead, cut from the masked content so that the cut can never leave
 * part of a number unmasked.
 */
final class HotlineTitle {

    static final String PREFIX = "12345工单";
    private static final int EXCERPT_LENGTH = 30;

    private HotlineTitle() {
    }

    static String of(String workOrderNumber, @Nullable String category, String maskedContent) {
        String about = category != null ? category : excerpt(maskedContent);
        return PREFIX + workOrderNumber + " " + about;
    }

    private static String excerpt(String text) {
        String firstLine = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
        if (firstLine.codePointCount(0, firstLine.length()) <= EXCERPT_LENGTH) {
            return firstLine;
        }
        return firstLine.substring(0, firstLine.offsetByCodePoints(0, EXCERPT_LENGTH)) + "…";
    }
}
