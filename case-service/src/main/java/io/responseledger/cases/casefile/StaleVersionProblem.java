package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpStatus;
import io.micronaut.problem.HttpStatusType;
import org.zalando.problem.AbstractThrowableProblem;

/** The 409 answer to a stale {@code If-Match}: the client reads {@code currentVersion} and re-reads the case. */
@Introspected
public class StaleVersionProblem extends AbstractThrowableProblem {

    private final StaleCaseVersionException cause;

    StaleVersionProblem(StaleCaseVersionException cause) {
        super(null, "案件已被他人修改", new HttpStatusType(HttpStatus.CONFLICT),
                "请求基于案件版本 " + cause.expectedVersion() + "，当前版本为 " + cause.currentVersion()
                        + "；请重新读取案件后再操作");
        this.cause = cause;
    }

    public String getCaseId() {
        return cause.caseId().toString();
    }

    public long getExpectedVersion() {
        return cause.expectedVersion();
    }

    public long getCurrentVersion() {
        return cause.currentVersion();
    }
}
