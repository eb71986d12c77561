package io.responseledger.intake.problem;

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

import java.util.List;

/**
 * Builds the application/problem+json answers of this service. Field-level errors use the same
 * constraint-violation shape as bean validation ({@code violations: [{field, message}]}), whatever stage of
 * the request found them, so a client reads one format.
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

    /** A problem with a title and a detail, for errors that concern the request as a whole. */
    public static MutableHttpResponse<?> of(ErrorResponseProcessor<?> processor, HttpRequest<?> request,
                                            MutableHttpResponse<?> response, String title, String detail) {
        var problem = Problem.builder()
                .withStatus(new HttpStatusType(response.status()))
                .withTitle(title)
                .withDetail(detail)
                .build();
        return processor.processResponse(ErrorContext.builder(request).cause(problem).build(), response);
    }
}
