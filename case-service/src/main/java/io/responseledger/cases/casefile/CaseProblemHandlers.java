package io.responseledger.cases.casefile;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.cases.problem.Problems;
import jakarta.inject.Singleton;

/**
 * Turns the case exceptions into problem answers: 404 for an unknown case, 409 for an illegal transition, for a
 * change the case's state refuses and for a stale version.
 */
@Factory
class CaseProblemHandlers {

    @Singleton
    ExceptionHandler<CaseNotFoundException, HttpResponse<?>> caseNotFound(ErrorResponseProcessor<?> processor) {
        return (request, exception) -> Problems.of(processor, request, HttpStatus.NOT_FOUND, "案件不存在",
                exception.detail());
    }

    @Singleton
    ExceptionHandler<IllegalCaseTransitionException, HttpResponse<?>> illegalTransition(
            ErrorResponseProcessor<?> processor) {
        return (request, exception) -> Problems.respond(processor, request, new IllegalTransitionProblem(exception));
    }

    @Singleton
    ExceptionHandler<CaseConflictException, HttpResponse<?>> conflict(ErrorResponseProcessor<?> processor) {
        return (request, exception) -> Problems.respond(processor, request, new CaseConflictProblem(exception));
    }

    @Singleton
    ExceptionHandler<StaleCaseVersionException, HttpResponse<?>> staleVersion(ErrorResponseProcessor<?> processor) {
        return (request, exception) -> Problems.respond(processor, request, new StaleVersionProblem(exception));
    }
}
