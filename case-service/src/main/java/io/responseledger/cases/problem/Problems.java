package io.responseledger.cases.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.HttpStatusType;
import io.micronaut.problem.violations.ConstraintViolationThrowableProblem;
import io.micronaut.problem.violations.Violation;
import org.zalando.problem.Problem;
import org.zalando.problem.ThrowableProblem;

import java.util.List;

/**
 * Builds this service's application/problem+json answers. Every 400 about a field, whichever stage of the
 * request found it (parameter conversion, JSON binding, bean validation), has the same shape
 * {@code violations: [{field, message}]}, the shape intake-service uses too.
 */
public final class Problems {

    private Problems() {
    }

    /** A 400 naming the fields at fault. */
    public static MutableHttpResponse<?> violations(ErrorResponseProcessor<?> processor, HttpRequest<?> request,
                                                    List<Violation> violations) {
        var problem = new ConstraintViolationThrowableProblem(new HttpStatusType(HttpStatus.BAD_REQUEST), violations);
        return processor.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(HttpStatus.BAD_REQUEST));
    }

    /** A 400 naming one field. */
    public static MutableHttpResponse<?> violation(ErrorResponseProcessor<?> processor, HttpRequest<?> request,
                                                   String field, String message) {
        return violations(processor, request, List.of(new Violation(field, message)));
    }

    /** A problem with a title and a detail in Chinese, for errors about the request as a whole. */
    public static MutableHttpResponse<?> of(ErrorResponseProcessor<?> processor, HttpRequest<?> request,
                                            HttpStatus status, String title, String detail) {
        return respond(processor, request, Problem.builder()
                .withStatus(new HttpStatusType(status))
                .withTitle(title)
                .withDetail(detail)
                .build());
    }

    /**
     * Answers with {@code problem}. Extension members a client can act on ({@code currentStatus}) appear at the top
     * level of the body when the problem is an {@link io.micronaut.core.annotation.Introspected} class with getters
     * for them.
     */
    public static MutableHttpResponse<?> respond(ErrorResponseProcessor<?> processor, HttpRequest<?> request,
                                                 ThrowableProblem problem) {
        HttpStatus status = HttpStatus.valueOf(problem.getStatus().getStatusCode());
        return processor.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(status));
    }
}
