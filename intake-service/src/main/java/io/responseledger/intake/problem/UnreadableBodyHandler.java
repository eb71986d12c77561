package io.responseledger.intake.problem;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.violations.Violation;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.util.List;

/** 400 for {@link UnreadableBodyException}, in the same words as for bodies Micronaut binds itself. */
@Produces
@Singleton
class UnreadableBodyHandler implements ExceptionHandler<UnreadableBodyException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    UnreadableBodyHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, UnreadableBodyException exception) {
        SerdeException serdeError = BodyConversionErrorHandler.findSerdeError(exception);
        if (serdeError != null) {
            List<ReferencePath> path = serdeError.getPath();
            Argument<?> innermost = path.get(0).getArgument();
            return Problems.violations(processor, request, List.of(new Violation(
                    BodyConversionErrorHandler.fieldName(path), BodyConversionErrorHandler.expected(innermost))));
        }
        String parserMessage = exception.getCause() == null ? null : exception.getCause().getMessage();
        if (parserMessage != null && parserMessage.contains("line: ")) {
            return Problems.of(processor, request, HttpResponse.status(HttpStatus.BAD_REQUEST),
                    "请求体不是合法的 JSON", MalformedJsonHandler.detail(parserMessage));
        }
        return Problems.of(processor, request, HttpResponse.status(HttpStatus.BAD_REQUEST),
                "请求体格式不正确", "请求体必须是一个 JSON 对象，各字段类型见接口说明");
    }
}
