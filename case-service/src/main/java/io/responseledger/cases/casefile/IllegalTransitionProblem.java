package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.problem.HttpStatusType;
import io.micronaut.http.HttpStatus;
import org.zalando.problem.AbstractThrowableProblem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The 409 answer to an illegal transition. Its getters become top-level members of the problem body, so a client
 * reads {@code currentStatus} and {@code allowedStatuses} without parsing the Chinese detail.
 */
@Introspected
public class IllegalTransitionProblem extends AbstractThrowableProblem {

    private final IllegalCaseTransitionException cause;

    IllegalTransitionProblem(IllegalCaseTransitionException cause) {
        super(null, "案件状态不允许此操作", new HttpStatusType(HttpStatus.CONFLICT), detail(cause));
        this.cause = cause;
    }

    public String getCaseId() {
        return cause.caseId().toString();
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

    /** What may be done to the case in its current status instead. */
    public List<String> getAllowedTransitions() {
        return CaseTransition.allowedIn(cause.currentStatus()).stream()
                .filter(t -> t != CaseTransition.ESCALATE && t != CaseTransition.MARK_OVERDUE)
                .map(Enum::name).toList();
    }

    private static String detail(IllegalCaseTransitionException cause) {
        String action = cause.transition().label();
        String allowed = cause.allowedStatuses().stream().map(Enum::name).collect(Collectors.joining("、"));
        return "案件当前状态为 " + cause.currentStatus() + "，不能" + action + "；只有状态为 " + allowed + " 的案件可以"
                + action;
    }
}
