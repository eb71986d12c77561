package io.responseledger.cases.commitment;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.HttpStatusType;
import io.responseledger.cases.problem.Problems;
import jakarta.inject.Singleton;
import org.zalando.problem.AbstractThrowableProblem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Problem answers of commitment tracking: 404 for an unknown commitment, 409 for an illegal transition (naming
 * the current and the allowed statuses) and 409 for a stale version (naming the current version).
 */
@Factory
class CommitmentProblems {

    @Singleton
    ExceptionHandler<CommitmentNotFoundException, HttpResponse<?>> notFound(ErrorResponseProcessor<?> processor) {
        return (request, e) -> Problems.of(processor, request, HttpStatus.NOT_FOUND, "承诺不存在", e.detail());
    }

    @Singleton
    ExceptionHandler<IllegalCommitmentTransitionException, HttpResponse<?>> illegalTransition(
            ErrorResponseProcessor<?> processor) {
        return (request, e) -> Problems.respond(processor, request, new IllegalTransition(e));
    }

    @Singleton
    ExceptionHandler<StaleCommitmentException, HttpResponse<?>> stale(ErrorResponseProcessor<?> processor) {
        return (request, e) -> Problems.respond(processor, request, new Stale(e));
    }

    @Singleton
    ExceptionHandler<CommitmentInputException, HttpResponse<?>> badInput(ErrorResponseProcessor<?> processor) {
        return (request, e) -> Problems.violation(processor, request, e.field(), e.reason());
    }

    /** Its getters become top-level members of the body: {@code currentStatus}, {@code allowedStatuses}. */
    @Introspected
    public static class IllegalTransition extends AbstractThrowableProblem {

        private final IllegalCommitmentTransitionException cause;

        IllegalTransition(IllegalCommitmentTransitionException cause) {
            super(null, "承诺状态不允许此操作", new HttpStatusType(HttpStatus.CONFLICT), detail(cause));
            this.cause = cause;
        }

        public String getCommitmentId() {
            return String.valueOf(cause.commitmentId());
        }

        public String getTransition() {
            return cause.transition().name();
        }

        public String getCurrentStatus() {
            return cause.currentStatus().name();
        }

        public List<String> getAllowedStatuses() {
            return cause.allowedStatuses().stream().map(Enum::name).toList();
        }

        private static String detail(IllegalCommitmentTransitionException cause) {
            String action = cause.transition().label();
            String allowed = cause.allowedStatuses().stream().map(Enum::name).collect(Collectors.joining("、"));
            return "承诺当前状态为 " + cause.currentStatus() + "，不能" + action + "；只有状态为 " + allowed
                    + " 的承诺可以" + action;
        }
    }

    /** Tells the client which version is current, so it can reload and decide again. */
    @Introspected
    public static class Stale extends AbstractThrowableProblem {

        private final StaleCommitmentException cause;

        Stale(StaleCommitmentException cause) {
            super(null, "承诺已被他人修改", new HttpStatusType(HttpStatus.CONFLICT),
                    "您提交的版本为 " + cause.expectedVersion() + "，承诺当前版本为 " + cause.currentVersion()
                            + "；请刷新后重试");
            this.cause = cause;
        }

        public String getCommitmentId() {
            return cause.commitmentId().toString();
        }

        public long getExpectedVersion() {
            return cause.expectedVersion();
        }

        public long getCurrentVersion() {
            return cause.currentVersion();
        }
    }
}
