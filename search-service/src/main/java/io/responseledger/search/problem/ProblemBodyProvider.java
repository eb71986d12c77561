package io.responseledger.search.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Renders every error the server answers (400 from our validation or from argument conversion, 401, 403, 404,
 * 405, 413, 429, 503, 500) as a problem body. Replaces Micronaut's default JSON error body. The title is the
 * status reason unless the error brings its own ({@link TitledError}).
 */
@Singleton
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        List<Problem.Violation> violations = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.Violation(field(e.getPath().get()), e.getMessage()))
                .toList();
        String detail;
        if (status >= 500 && status != 503) {
            // Never hand internal exception messages to the caller.
            detail = "服务内部错误，请稍后重试";
        } else if (context.hasErrors()) {
            detail = String.join("; ", context.getErrors().stream().map(Error::getMessage).toList());
        } else {
            detail = null;
        }
        String title = context.getErrors().stream()
                .flatMap(e -> e.getTitle().stream())
                .findFirst()
                .orElse(response.reason());
        return new Problem(
                "about:blank",
                title,
                status,
                detail,
                context.getRequest().getPath(),
                violations.isEmpty() ? null : violations);
    }

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }

    /** "/page" or "search.page" → "page". */
    private static String field(String path) {
        String field = path.startsWith("/") ? path.substring(1) : path;
        int dot = field.lastIndexOf('.');
        return dot >= 0 ? field.substring(dot + 1) : field;
    }
}
