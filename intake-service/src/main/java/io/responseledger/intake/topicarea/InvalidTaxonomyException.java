package io.responseledger.intake.topicarea;

import io.micronaut.context.exceptions.ConfigurationException;

/** A taxonomy file that cannot be used; the message names the file and, where known, the line. */
public class InvalidTaxonomyException extends ConfigurationException {

    InvalidTaxonomyException(String source, int line, String reason) {
        super("Invalid topic-area taxonomy " + source + (line > 0 ? " line " + line : "") + ": " + reason);
    }

    InvalidTaxonomyException(String source, String reason, Throwable cause) {
        super("Invalid topic-area taxonomy " + source + ": " + reason, cause);
    }
}
