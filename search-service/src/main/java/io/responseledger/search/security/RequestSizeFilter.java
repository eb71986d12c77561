package io.responseledger.search.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.search.problem.TitledError;

/**
 * Refuses a request whose declared body exceeds {@code micronaut.server.max-request-size} with 413, before
 * routing or authentication. Micronaut enforces the limit only while it reads a body, and no endpoint here
 * reads one, so without this a large body would be answered 405 or 401 after being received in full.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestSizeFilter implements Ordered {

    private final long maxRequestSize;
    private final ErrorResponseProcessor<?> errors;

    RequestSizeFilter(HttpServerConfiguration server, ErrorResponseProcessor<?> errors) {
        this.maxRequestSize = server.getMaxRequestSize();
        this.errors = errors;
    }

    @PreMatching
    @RequestFilter
    @Nullable
    MutableHttpResponse<?> checkSize(HttpRequest<?> request) {
        if (request.getContentLength() <= maxRequestSize) {
            return null;
        }
        return errors.processResponse(
                ErrorContext.builder(request)
                        .error(new TitledError("请求体过大",
                                "请求体不能超过 " + maxRequestSize / 1024 + " KB（" + maxRequestSize + " 字节）"))
                        .build(),
                HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
