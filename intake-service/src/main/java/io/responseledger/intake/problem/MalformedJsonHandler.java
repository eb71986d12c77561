package io.responseledger.intake.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A body that is not JSON at all. The default answer says "Invalid JSON" but not where. */
@Produces
@Singleton
@Replaces(JsonExceptionHandler.class)
class MalformedJsonHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {

    private static final Pattern LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");

    private final ErrorResponseProcessor<?> processor;

    MalformedJsonHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
        return Problems.of(processor, request, HttpResponse.status(HttpStatus.BAD_REQUEST),
                "请求体不是合法的 JSON", detail(exception.getMessage()));
    }

    /** "第 1 行第 14 列：Unexpected end-of-input ...": where, then the parser's own words. */
    static String detail(String parserMessage) {
        if (parserMessage == null || parserMessage.isBlank()) {
            return "无法解析请求体";
        }
        String reason = parserMessage.lines().findFirst().orElse(parserMessage).strip();
        Matcher location = LOCATION.matcher(parserMessage);
        return location.find()
                ? "第 " + location.group(1) + " 行第 " + location.group(2) + " 列：" + reason
                : reason;
    }
}
