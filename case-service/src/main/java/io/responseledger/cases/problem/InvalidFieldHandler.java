package io.responseledger.cases.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Produces
@Singleton
class InvalidFieldHandler implements ExceptionHandler<InvalidFieldException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    InvalidFieldHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidFieldException exception) {
        return Problems.violation(processor, request, exception.field(), exception.reason());
    }
}
