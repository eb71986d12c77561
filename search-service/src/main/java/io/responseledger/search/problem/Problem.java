package io.responseledger.search.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem body ({@code application/problem+json}). Validation failures list each offending
 * parameter or field under {@code violations}, in the shape micronaut-problem-json uses.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable List<Violation> violations) {

    @Serdeable
    public record Violation(String field, String message) {
    }
}
