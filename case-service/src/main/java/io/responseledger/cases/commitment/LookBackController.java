package io.responseledger.cases.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.responseledger.cases.response.CommitmentStatus;
import io.responseledger.cases.security.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The look-back list (回头看): commitments due in a period, with their verification status, for a supervisor to
 * check item by item (each item is reviewed with {@code POST /api/v1/commitments/{id}/reviews}). Leaders read it
 * too.
 */
@Controller("/api/v1/commitments/look-back")
@ExecuteOn(TaskExecutors.BLOCKING)
class LookBackController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 1_000_000;

    private final LookBackQuery query;

    LookBackController(LookBackQuery query) {
        this.query = query;
    }

    /**
     * @param from   first due date included (yyyy-MM-dd)
     * @param to     last due date included
     * @param status any of these statuses (repeat the parameter); all when absent
     */
    @Get
    @Secured({Roles.SUPERVISOR, Roles.LEADER})
    LookBackPage list(@QueryValue @Nullable @NotNull(message = "必填，格式 yyyy-MM-dd") LocalDate from,
                      @QueryValue @Nullable @NotNull(message = "必填，格式 yyyy-MM-dd") LocalDate to,
                      @QueryValue @Nullable @Size(max = 200, message = "不能超过 {max} 个字符") String unit,
                      @QueryValue @Nullable @Size(max = 64, message = "不能超过 {max} 个字符") String topicArea,
                      @QueryValue @Nullable List<CommitmentStatus> status,
                      @QueryValue(defaultValue = "0") @Min(value = 0, message = "不能小于 {value}")
                      @Max(value = MAX_PAGE, message = "不能大于 {value}") int page,
                      @QueryValue(defaultValue = "50") @Min(value = 1, message = "不能小于 {value}")
                      @Max(value = MAX_PAGE_SIZE, message = "不能大于 {value}") int size) {
        if (to.isBefore(from)) {
            throw new CommitmentInputException("to", "不能早于 from（" + from + "）");
        }
        EnumSet<CommitmentStatus> statuses = status == null || status.isEmpty()
                ? EnumSet.noneOf(CommitmentStatus.class) : EnumSet.copyOf(status);
        return query.find(new LookBackQuery.Filter(from, to, blankToNull(unit), blankToNull(topicArea), statuses),
                page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
