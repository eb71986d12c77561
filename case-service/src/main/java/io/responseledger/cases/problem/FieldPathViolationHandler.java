package io.responseledger.cases.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.violations.ProblemConstraintViolationExceptionHandler;
import io.micronaut.problem.violations.Violation;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names a violated field as the client wrote it ({@code commitments[0].dueDate}, {@code size}) instead of by
 * the controller method and parameter that received it ({@code record.request.commitments[0].dueDate}).
 */
@Produces
@Singleton
@Replaces(ProblemConstraintViolationExceptionHandler.class)
class FieldPathViolationHandler extends ProblemConstraintViolationExceptionHandler {

    private final ErrorResponseProcessor<?> processor;

    FieldPathViolationHandler(ErrorResponseProcessor<?> processor) {
        super(processor);
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Violation> violations = exception.getConstraintViolations().stream()
                .map(this::createViolation)
                .sorted(Comparator.comparing(Violation::getField).thenComparing(Violation::getMessage))
                .toList();
        return Problems.violations(processor, request, violations);
    }

    @Override
    @NonNull
    protected Violation createViolation(@NonNull ConstraintViolation<?> violation) {
        return new Violation(fieldPath(violation.getPropertyPath()), violation.getMessage());
    }

    /** The path below the method parameter; the parameter's own name when the violation is on it. */
    static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int parameter = -1;
        for (int i = 0; i < nodes.size() && parameter < 0; i++) {
            if (nodes.get(i).getKind() == ElementKind.PARAMETER) {
                parameter = i;
            }
        }
        if (parameter < 0) {
            return path.toString();
        }
        if (parameter == nodes.size() - 1) {
            return nodes.get(parameter).getName();
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(parameter + 1, nodes.size())) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            // A constraint on a list's elements (List<@Pattern String>) ends in a node named "<list element>".
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
