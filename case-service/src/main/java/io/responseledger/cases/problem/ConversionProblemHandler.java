package io.responseledger.cases.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A value that does not fit its type: a JSON field ({@code "dueDate": "12月20日"},
 * {@code "channel": "FAX"}), a path variable ({@code /cases/not-a-uuid}) or a query parameter
 * ({@code page=abc}). Micronaut's default answer names at most the controller parameter; this one names the
 * field as the client wrote it and what it expects.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    ConversionProblemHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        SerdeException serde = findSerdeError(exception);
        if (serde != null) {
            List<ReferencePath> path = serde.getPath();
            return Problems.violation(processor, request, fieldName(path), expected(path.get(0).getArgument()));
        }
        Argument<?> argument = exception.getArgument();
        return Problems.violation(processor, request, argument.getName(), expected(argument));
    }

    private static SerdeException findSerdeError(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                return serde;
            }
        }
        return null;
    }

    /** Outermost property first ({@code commitments[1].dueDate}); the exception lists the innermost first. */
    private static String fieldName(List<ReferencePath> path) {
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

    private static String expected(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type.isEnum()) {
            return "取值无效，可选：" + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "必须是 yyyy-MM-dd 格式的日期，例如 2026-12-20";
        }
        if (type == Instant.class || Temporal.class.isAssignableFrom(type)) {
            return "必须是带时区的 ISO-8601 时间，例如 2026-11-27T15:00:00+08:00";
        }
        if (type == UUID.class) {
            return "必须是 UUID";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "必须是整数";
        }
        if (type == String.class) {
            return "必须是字符串";
        }
        if (Iterable.class.isAssignableFrom(type)) {
            return "必须是数组";
        }
        return "类型不正确";
    }
}
