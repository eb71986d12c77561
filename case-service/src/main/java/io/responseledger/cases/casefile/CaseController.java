package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.contracts.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * The case list, one case, and assignment to a responsible unit. Readers: MONITOR, SUPERVISOR, LEADER, and
 * OFFICER for their own unit's cases only (see {@link CaseAccess}); assigning: SUPERVISOR.
 */
@Controller("/api/v1/cases")
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseController {

    static final int MAX_PAGE_SIZE = 100;
    /** Far beyond any real ledger; keeps page × size an int. */
    static final int MAX_PAGE = 1_000_000;

    private final CaseService service;

    CaseController(CaseService service) {
        this.service = service;
    }

    /**
     * Cases filtered by status, topic area, lead unit, severity, region and overdue, in the order asked
     * (newest first by default), one page at a time.
     */
    @Get
    @Secured({Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER, Roles.OFFICER})
    CasePage list(@QueryValue @Nullable CaseStatus status,
                  @QueryValue @Nullable @Size(max = 64, message = "不能超过 {max} 个字符") String topicArea,
                  @QueryValue @Nullable @Size(max = 200, message = "不能超过 {max} 个字符") String unit,
                  @QueryValue @Nullable Severity severity,
                  @QueryValue @Nullable @Size(max = 200, message = "不能超过 {max} 个字符") String region,
                  @QueryValue @Nullable Boolean overdue,
                  @QueryValue(defaultValue = "NEWEST") CaseOrder sort,
                  @QueryValue(defaultValue = "0") @Min(value = 0, message = "不能小于 {value}")
                  @Max(value = MAX_PAGE, message = "不能大于 {value}") int page,
                  @QueryValue(defaultValue = "20") @Min(value = 1, message = "不能小于 {value}")
                  @Max(value = MAX_PAGE_SIZE, message = "不能大于 {value}") int size,
                  Authentication authentication) {
        return service.list(new CaseFilter(status, blankToNull(topicArea), blankToNull(unit), severity,
                blankToNull(region), overdue), sort, page, size, Caller.of(authentication));
    }

    /** The case, with its version as {@code ETag} for a later {@code If-Match}. */
    @Get("/{id}")
    @Secured({Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER, Roles.OFFICER})
    HttpResponse<CaseView> get(@PathVariable UUID id, Authentication authentication) {
        return CaseLifecycleController.withEtag(service.get(id, Caller.of(authentication)));
    }

    /** The case a report opened or joined; 404 until the report has been processed. */
    @Get("/by-report/{reportId}")
    @Secured({Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER, Roles.OFFICER})
    CaseView getByReport(@PathVariable UUID reportId, Authentication authentication) {
        return service.getByReport(reportId, Caller.of(authentication));
    }

    @Post("/{id}/assignment")
    @Secured(Roles.SUPERVISOR)
    HttpResponse<CaseView> assign(@PathVariable UUID id, @Body @Valid AssignmentRequest request,
                                  @Nullable @Header(ExpectedVersion.HEADER) String ifMatch,
                                  Authentication authentication) {
        return CaseLifecycleController.withEtag(service.assign(id, request.leadUnit(), request.assignee(),
                ExpectedVersion.parse(ifMatch), Caller.of(authentication)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
