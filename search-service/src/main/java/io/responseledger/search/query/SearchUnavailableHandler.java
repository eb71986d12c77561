package io.responseledger.search.query;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Produces
@Singleton
class SearchUnavailableHandler implements ExceptionHandler<SearchUnavailableException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(SearchUnavailableHandler.class);

    private final ErrorResponseProcessor<?> errors;

    SearchUnavailableHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SearchUnavailableException exception) {
        LOG.warn("Search unavailable: {}", exception.getMessage());
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .errorMessage("搜索暂时不可用：无法连接检索服务（Elasticsearch），请稍后重试")
                        .build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10"));
    }
}
