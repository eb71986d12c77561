package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/cases/{id}/assignment}.
 *
 * @param leadUnit the lead responsible unit (责任单位), e.g. 区人社局
 * @param assignee optionally, who at that unit handles it (承办人)
 */
@Serdeable
public record AssignmentRequest(
        @Nullable @NotBlank(message = "必填") @Size(max = 200, message = "不能超过 {max} 个字符") String leadUnit,
        @Nullable @Size(max = 200, message = "不能超过 {max} 个字符") String assignee) {

    public AssignmentRequest {
        leadUnit = leadUnit == null ? null : leadUnit.strip();
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
    }

    public AssignmentRequest(String leadUnit) {
        this(leadUnit, null);
    }
}
