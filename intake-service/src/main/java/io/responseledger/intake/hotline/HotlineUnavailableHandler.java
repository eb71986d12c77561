package io.responseledger.intake.hotline;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.intake.problem.Problems;
import jakarta.inject.Singleton;

/** 503: no secret configured, or too busy to remember another signature. */
@Produces
@Singleton
class HotlineUnavailableHandler implements ExceptionHandler<HotlineUnavailableException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    HotlineUnavailableHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, HotlineUnavailableException exception) {
        MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
        if (exception.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(exception.retryAfterSeconds()));
        }
        return Problems.of(processor, request, response, "热线接口暂不可用", exception.detail());
    }
}
