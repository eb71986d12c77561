package io.responseledger.search.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Optional;

@Produces
@Singleton
class InvalidParameterHandler implements ExceptionHandler<InvalidParameterException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    InvalidParameterHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidParameterException exception) {
        Error error = new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of("/" + exception.parameter());
            }

            @Override
            public String getMessage() {
                return exception.getMessage();
            }
        };
        return errors.processResponse(
                ErrorContext.builder(request).cause(exception).error(error).build(),
                HttpResponse.badRequest());
    }
}
