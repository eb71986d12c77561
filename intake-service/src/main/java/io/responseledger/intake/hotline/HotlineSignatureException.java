package io.responseledger.intake.hotline;

/** A hotline message whose signature does not prove it is fresh and from the platform. */
class HotlineSignatureException extends RuntimeException {

    enum Reason {
        MISSING_HEADERS,
        MALFORMED_TIMESTAMP,
        MALFORMED_SIGNATURE,
        WRONG_SIGNATURE,
        STALE_TIMESTAMP,
        REPLAY
    }

    private final Reason reason;
    private final String detail;

    HotlineSignatureException(Reason reason, String detail) {
        super("Hotline message refused: " + reason, null, false, false);
        this.reason = reason;
        this.detail = detail;
    }

    Reason reason() {
        return reason;
    }

    /** What the caller is told, in Chinese. */
    String detail() {
        return detail;
    }
}
