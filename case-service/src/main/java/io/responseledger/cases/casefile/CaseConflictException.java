package io.responseledger.cases.casefile;

import java.util.UUID;

/**
 * A change that the case's status would allow but its other state does not (the clock is already paused, the
 * case was merged away, no extension is pending). Answered with 409.
 */
public class CaseConflictException extends RuntimeException {

    private final UUID caseId;
    private final String title;
    private final String detail;

    public CaseConflictException(UUID caseId, String title, String detail) {
        super("Case " + caseId + ": " + title);
        this.caseId = caseId;
        this.title = title;
        this.detail = detail;
    }

    public UUID caseId() {
        return caseId;
    }

    /** In Chinese, for the problem body. */
    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }
}
