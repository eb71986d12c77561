package io.responseledger.search.rebuild;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.search.problem.TitledError;
import jakarta.inject.Singleton;

/** 409 with a problem body naming the rebuild that is still running. */
@Produces
@Singleton
class RebuildProblems implements ExceptionHandler<RebuildRunningException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    RebuildProblems(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RebuildRunningException exception) {
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .error(new TitledError("重建正在进行",
                                "索引重建 " + exception.running() + " 尚未结束，请等待其完成后再发起新的重建"))
                        .build(),
                HttpResponse.status(HttpStatus.CONFLICT)
                        .header("Location", RebuildController.PATH + "/" + exception.running()));
    }
}
