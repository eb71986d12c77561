package io.responseledger.intake.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.violations.Violation;
import io.responseledger.intake.problem.Problems;
import jakarta.inject.Singleton;

/** 400 naming every refused field, in the same shape as any other validation problem of this service. */
@Produces
@Singleton
class ReportRejectedHandler implements ExceptionHandler<ReportRejectedException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    ReportRejectedHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ReportRejectedException exception) {
        return Problems.violations(processor, request, exception.errors().stream()
                .map(error -> new Violation(error.field(), error.reason()))
                .toList());
    }
}
