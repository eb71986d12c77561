package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.cases.problem.InvalidFieldException;

/**
 * Optimistic locking over HTTP: a client sends the case version it read as {@code If-Match: "7"} (the
 * {@code ETag} of the case), and the change is refused with 409 if the case has changed since. Without the header
 * the change applies to whatever version is current (changes to one case still queue up on its row lock).
 */
public final class ExpectedVersion {

    public static final String HEADER = "If-Match";

    private ExpectedVersion() {
    }

    /** The ETag of a case at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @return the version the header names, or null without the header (or with {@code *})
     * @throws InvalidFieldException if the header is not a single version
     */
    @Nullable
    public static Long parse(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(HEADER, "必须是案件的版本号（ETag），例如 \"3\"");
        }
    }
}
