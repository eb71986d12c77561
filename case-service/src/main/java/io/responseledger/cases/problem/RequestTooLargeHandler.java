package io.responseledger.cases.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** A body over {@code micronaut.server.max-request-size}: 413, saying the limit, in Chinese. */
@Produces
@Singleton
@Replaces(ContentLengthExceededHandler.class)
class RequestTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;
    private final long maxRequestSize;

    RequestTooLargeHandler(ErrorResponseProcessor<?> processor, HttpServerConfiguration server) {
        this.processor = processor;
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ContentLengthExceededException exception) {
        return Problems.of(processor, request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "请求体过大",
                "请求体不能超过 " + maxRequestSize / 1024 + " KB");
    }
}
