package io.responseledger.search.problem;

import io.micronaut.http.server.exceptions.response.Error;

import java.util.Optional;

/**
 * An error with a title of its own, for problems whose title says more than the status reason (e.g. 未认证
 * instead of Unauthorized). Rendered by the same problem body provider as every other error.
 */
public record TitledError(String title, String detail) implements Error {

    @Override
    public String getMessage() {
        return detail;
    }

    @Override
    public Optional<String> getTitle() {
        return Optional.of(title);
    }
}
