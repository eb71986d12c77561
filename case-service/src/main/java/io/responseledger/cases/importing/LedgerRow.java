package io.responseledger.cases.importing;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One accepted row of a past ledger, text still as in the file (masking happens when it is stored).
 *
 * @param line      where the row starts in the file
 * @param messageId the office's message number (留言编号), if the file has one
 * @param author    the poster's user id or name (留言用户), personal data
 * @param topicArea the topic-area code the row is filed under
 */
record LedgerRow(
        int line,
        @Nullable String messageId,
        @Nullable String author,
        String title,
        Instant postedAt,
        String message,
        String reply,
        Instant repliedAt,
        @Nullable String unit,
        String topicArea) {

    /**
     * What makes re-importing the same row a no-op: the message number with the posting time, or without a number
     * a hash of the text with the posting time. The case, report and response ids derive from it.
     */
    String key() {
        if (messageId != null) {
            return "id:" + messageId + "@" + postedAt;
        }
        return "text:" + sha256(message) + "@" + postedAt;
    }

    UUID caseId() {
        return derivedId("case");
    }

    UUID reportId() {
        return derivedId("report");
    }

    UUID responseId() {
        return derivedId("response");
    }

    private UUID derivedId(String kind) {
        return UUID.nameUUIDFromBytes(("ledger-import/" + kind + "/" + key()).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Keeps the texts, which may hold personal data, out of logs. */
    @Override
    public String toString() {
        return "LedgerRow[line=" + line + ", key=" + key() + "]";
    }
}
