package io.responseledger.intake.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.violations.Violation;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Well-formed JSON whose values do not fit the expected types ({@code "source": 5},
 * {@code "observedAt": "yesterday"}). Micronaut's default answer names only the body parameter; this one
 * names the JSON field and the type it expects.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
public class BodyConversionErrorHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    BodyConversionErrorHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        SerdeException serdeError = findSerdeError(exception);
        if (serdeError != null && !serdeError.getPath().isEmpty()) {
            List<ReferencePath> path = serdeError.getPath();
            Argument<?> innermost = path.get(0).getArgument();
            String field = fieldName(path);
            return Problems.violations(processor, request, List.of(new Violation(field, expected(innermost))));
        }
        String name = exception.getArgument().getName();
        return Problems.of(processor, request, HttpResponse.status(HttpStatus.BAD_REQUEST),
                "请求参数格式不正确",
                "参数 " + name + " 无法解析：请求体必须是一个 JSON 对象，各字段类型见接口说明");
    }

    public static SerdeException findSerdeError(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                return serde;
            }
        }
        return null;
    }

    /** Outermost property first: {@code reports[2].source}. The exception lists the innermost first. */
    public static String fieldName(List<ReferencePath> path) {
        StringBuilder field = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath element = path.get(i);
            if (element instanceof PropertyReferencePath property) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(property.property().getName());
            } else if (element instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (element instanceof MapItemReferencePath entry) {
                field.append('[').append(entry.key()).append(']');
            }
        }
        return field.toString();
    }

    public static String expected(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type.isEnum()) {
            return "取值无效，可选：" + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "必须是带时区的 ISO-8601 时间，例如 2026-11-26T09:10:00+08:00";
        }
        if (type == String.class) {
            return "必须是字符串";
        }
        return "类型不正确";
    }
}
