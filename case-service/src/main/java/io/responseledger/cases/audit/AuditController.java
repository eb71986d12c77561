package io.responseledger.cases.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.cases.casefile.CaseAccess;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseNotFoundException;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case's audit trail, oldest first, one page at a time: who did what, when, with the state before and after.
 * Supervisors and leaders read every case's; an officer that of the cases their unit leads. Monitors see none:
 * the trail shows who revealed contact details.
 */
@Controller("/api/v1/cases/{id}/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    static final int MAX_PAGE_SIZE = 200;
    private static final Sort OLDEST_FIRST = Sort.of(Sort.Order.asc("id"));

    private final AuditRepository entries;
    private final CaseFileRepository cases;
    private final ObjectMapper json;

    AuditController(AuditRepository entries, CaseFileRepository cases, ObjectMapper json) {
        this.entries = entries;
        this.cases = cases;
        this.json = json;
    }

    @Get
    @Secured({Roles.SUPERVISOR, Roles.LEADER, Roles.OFFICER})
    AuditPage list(@PathVariable UUID id,
                   @QueryValue(defaultValue = "0") @Min(value = 0, message = "不能小于 {value}")
                   @Max(value = 1_000_000, message = "不能大于 {value}") int page,
                   @QueryValue(defaultValue = "50") @Min(value = 1, message = "不能小于 {value}")
                   @Max(value = MAX_PAGE_SIZE, message = "不能大于 {value}") int size,
                   Authentication authentication) {
        Caller caller = Caller.of(authentication);
        CaseFile caseFile = cases.findById(id).orElseThrow(() -> CaseNotFoundException.byId(id));
        if (!caller.has(Roles.SUPERVISOR) && !caller.has(Roles.LEADER)) {
            CaseAccess.requireLeadUnitOfficer(caller, caseFile);
        }
        Page<AuditEntry> found = entries.findByCaseId(id, Pageable.from(page, size, OLDEST_FIRST));
        return new AuditPage(found.getContent().stream().map(this::view).toList(), page, size,
                found.getTotalSize());
    }

    private AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.id(), e.action(), e.actor(), List.of(e.actorRoles().split(",")).stream()
                .filter(role -> !role.isBlank()).toList(), e.actorUnit(), e.occurredAt(), parse(e.detail()),
                parse(e.beforeState()), parse(e.afterState()));
    }

    private Object parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored audit JSON unreadable", e);
        }
    }

    /**
     * @param detail what the action concerned (ids and codes; never personal data)
     * @param before the relevant state before the change (JSON object); null for actions that change nothing
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AuditEntryView(long id, AuditAction action, String actor, List<String> actorRoles,
                          @Nullable String actorUnit, Instant occurredAt, @Nullable Object detail,
                          @Nullable Object before, @Nullable Object after) {
    }

    /** @param total how many entries the case's trail has */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AuditPage(List<AuditEntryView> items, int page, int size, long total) {
    }
}
