package io.responseledger.cases.security;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpStatus;
import io.micronaut.problem.HttpStatusType;
import org.zalando.problem.AbstractThrowableProblem;

import java.util.List;

/** The 403 answer to a token without a role the endpoint admits; {@code requiredRoles} lists those roles. */
@Introspected
public class MissingRoleProblem extends AbstractThrowableProblem {

    private final List<String> requiredRoles;

    MissingRoleProblem(List<String> requiredRoles) {
        super(null, "无权访问", new HttpStatusType(HttpStatus.FORBIDDEN),
                requiredRoles.isEmpty() ? "您的角色无权执行此操作"
                        : "此操作需要角色：" + String.join(" 或 ", requiredRoles));
        this.requiredRoles = List.copyOf(requiredRoles);
    }

    public List<String> getRequiredRoles() {
        return requiredRoles;
    }
}
