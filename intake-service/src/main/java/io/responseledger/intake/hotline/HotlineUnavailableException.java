package io.responseledger.intake.hotline;

import io.micronaut.core.annotation.Nullable;

/** The webhook cannot take messages now: it has no secret configured, or its replay memory is full. */
class HotlineUnavailableException extends RuntimeException {

    private final String detail;
    @Nullable
    private final Long retryAfterSeconds;

    HotlineUnavailableException(String detail, @Nullable Long retryAfterSeconds) {
        super("Hotline webhook unavailable", null, false, false);
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    String detail() {
        return detail;
    }

    @Nullable
    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
