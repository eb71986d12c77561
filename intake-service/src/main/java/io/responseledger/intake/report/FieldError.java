package io.responseledger.intake.report;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Why one field of a report was refused.
 *
 * @param field  the field as the sender wrote it ({@code title}, {@code reports[3].engagement.likes}, {@code content})
 * @param reason what is wrong, in Chinese, for the person who fixes it
 * @param code   a stable reason code for metrics and programs: {@code missing}, {@code too-long}, {@code invalid},
 *               {@code in-future}, {@code unknown-topic-area}, {@code wrong-type}
 */
@Serdeable
public record FieldError(String field, String reason, String code) {

    FieldError prefixed(String prefix) {
        return prefix.isEmpty() ? this : new FieldError(prefix + "." + field, reason, code);
    }
}
