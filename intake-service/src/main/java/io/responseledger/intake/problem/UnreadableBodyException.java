package io.responseledger.intake.problem;

import io.micronaut.core.annotation.Nullable;

/**
 * A request body that an endpoint parsed itself (after checking a signature over its raw bytes) and could not
 * read: answered like a body Micronaut could not bind, with the field and the expected type when known.
 */
public class UnreadableBodyException extends RuntimeException {

    public UnreadableBodyException(@Nullable Throwable cause) {
        // The parser's message may quote the body; it goes to the caller, never into this message.
        super("Request body could not be read", cause);
    }
}
