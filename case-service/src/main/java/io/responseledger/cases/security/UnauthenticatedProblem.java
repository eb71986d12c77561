package io.responseledger.cases.security;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpStatus;
import io.micronaut.problem.HttpStatusType;
import org.zalando.problem.AbstractThrowableProblem;

/** The 401 answer; {@code reason} says, for programs, why the token was not accepted. */
@Introspected
public class UnauthenticatedProblem extends AbstractThrowableProblem {

    private final String reason;

    UnauthenticatedProblem(TokenDiagnosis diagnosis) {
        super(null, "未认证", new HttpStatusType(HttpStatus.UNAUTHORIZED), diagnosis.detail());
        this.reason = diagnosis.reason();
    }

    public String getReason() {
        return reason;
    }
}
