package io.responseledger.cases.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.cases.problem.Problems;
import jakarta.inject.Singleton;

/** 400 problems name the field in {@code violations}, like every other 400 of this service. */
@Produces
@Singleton
class AdminProblemHandler implements ExceptionHandler<AdminException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    AdminProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, AdminException exception) {
        if (exception.status() == HttpStatus.BAD_REQUEST && exception.field() != null) {
            return Problems.violation(processor, request, exception.field(), exception.detail());
        }
        return Problems.of(processor, request, exception.status(), exception.title(), exception.detail());
    }
}
