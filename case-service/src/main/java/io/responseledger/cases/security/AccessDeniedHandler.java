package io.responseledger.cases.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.cases.problem.Problems;
import jakarta.inject.Singleton;

/** 403 for a caller whose role may use the endpoint but not on this case (see {@link AccessDeniedException}). */
@Produces
@Singleton
class AccessDeniedHandler implements ExceptionHandler<AccessDeniedException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    AccessDeniedHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, AccessDeniedException exception) {
        return Problems.of(processor, request, HttpStatus.FORBIDDEN, "无权访问", exception.detail());
    }
}
