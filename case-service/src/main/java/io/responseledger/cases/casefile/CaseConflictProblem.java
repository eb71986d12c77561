package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpStatus;
import io.micronaut.problem.HttpStatusType;
import org.zalando.problem.AbstractThrowableProblem;

/** The 409 answer to a change the case's state refuses; {@code currentStatus} for programs. */
@Introspected
public class CaseConflictProblem extends AbstractThrowableProblem {

    private final String caseId;

    CaseConflictProblem(CaseConflictException cause) {
        super(null, cause.title(), new HttpStatusType(HttpStatus.CONFLICT), cause.detail());
        this.caseId = cause.caseId().toString();
    }

    public String getCaseId() {
        return caseId;
    }
}
