package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.responseledger.cases.casefile.LifecycleRequests.AcceptanceRequest;
import io.responseledger.cases.casefile.LifecycleRequests.AttachReportRequest;
import io.responseledger.cases.casefile.LifecycleRequests.DetailsRequest;
import io.responseledger.cases.casefile.LifecycleRequests.ExtensionRequest;
import io.responseledger.cases.casefile.LifecycleRequests.MergeRequest;
import io.responseledger.cases.casefile.LifecycleRequests.NoteRequest;
import io.responseledger.cases.casefile.LifecycleRequests.ReasonRequest;
import io.responseledger.cases.casefile.LifecycleRequests.RejectionRequest;
import io.responseledger.cases.casefile.LifecycleRequests.TransferRequest;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import jakarta.validation.Valid;

import java.util.List;
import java.util.UUID;

/**
 * The lifecycle of a case over HTTP (docs/case-lifecycle.md). Every change answers with the case as it now
 * stands and its {@code ETag}; every change takes an optional {@code If-Match} with the version the client read
 * and answers 409 if the case has moved on since.
 */
@Controller("/api/v1/cases/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseLifecycleController {

    private final CaseLifecycle lifecycle;
    private final CaseMerging merging;

    CaseLifecycleController(CaseLifecycle lifecycle, CaseMerging merging) {
        this.lifecycle = lifecycle;
        this.merging = merging;
    }

    @Post("/transfers")
    @Secured({Roles.SUPERVISOR, Roles.OFFICER})
    HttpResponse<CaseView> transfer(@PathVariable UUID id, @Body @Valid TransferRequest request,
                                    @Nullable @Header(ExpectedVersion.HEADER) String ifMatch, Authentication auth) {
        return withEtag(lifecycle.transfer(id, request.toUnit(), request.reason(), ExpectedVersion.parse(ifMatch),
                Caller.of(auth)));
    }

    @Post("/transfer-acceptance")
    @Secured(Roles.OFFICER)
    HttpResponse<CaseView> acceptTransfer(@PathVariable UUID id, @Body @Nullable @Valid AcceptanceRequest request,
                                          @Nullable @Header(ExpectedVersion.HEADER) String ifMatch,
                                          Authentication auth) {
        String assignee = request == null || request.assignee() == null || request.assignee().isBlank() ? null
                : request.assignee().strip();
        return withEtag(lifecycle.acceptTransfer(id, assignee, ExpectedVersion.parse(ifMatch), Caller.of(auth)));
    }

    @Post("/rejection")
    @Secured(Roles.SUPERVISOR)
    HttpResponse<CaseView> reject(@PathVariable UUID id, @Body @Valid RejectionRequest request,
                                  @Nullable @Header(ExpectedVersion.HEADER) String ifMatch, Authentication auth) {
        return withEtag(lifecycle.reject(id, request.reason(), request.referredTo(), ExpectedVersion.parse(ifMatch),
                Caller.of(auth)));
    }

    @Post("/closure")
    @Secured(Roles.SUPERVISOR)
    HttpResponse<CaseView> close(@PathVariable UUID id, @Body @Nullable @Valid NoteRequest request,
                                 @Nullable @Header(ExpectedVersion.HEADER) String ifMatch, Authentication auth) {
        return withEtag(lifecycle.close(id, request == null ? null : request.note(), ExpectedVersion.parse(ifMatch),
                Caller.of(auth)));
    }

    @Post("/reopening")
    @Secured(Roles.SUPERVISOR)
    HttpResponse<CaseView> reopen(@PathVariable UUID id, @Body @Valid ReasonRequest request,
                                  @Nullable @Header(ExpectedVersion.HEADER) String ifMatch, Authentication auth) {
        return withEtag(lifecycle.reopen(id, request.reason(), ExpectedVersion.parse(ifMatch), Caller.of(auth)));
    }

    @Post("/pause")
    @Secured({Roles.SUPERVISOR, Roles.OFFICER})
    HttpResponse<CaseView> pause(@PathVariable UUID id, @Body @Valid ReasonRequest request,
                                 @Nullable @Header(ExpectedVersion.HEADER) String ifMatch, Authentication auth) {
        return withEtag(lifecycle.pause(id, request.reason(), ExpectedVersion.parse(ifMatch), Caller.of(auth)));
    }

    @Post("/resumption")
    @Secured({Roles.SUPERVISOR, Roles.OFFICER})
    HttpResponse<CaseView> resume(@PathVariable UUID id, @Nullable @Header(ExpectedVersion.HEADER) String ifMatch,
                                  Authentication auth) {
        return withEtag(lifecycle.resume(id, ExpectedVersion.parse(ifMatch), Caller.of(auth)));
    }

    @Get("/extensions")
    @Secured({Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER, Roles.OFFICER})
    List<ExtensionView> extensions(@PathVariable UUID id, Authentication auth) {
        return lifecycle.extensionsOf(id, Caller.of(auth)).stream().map(ExtensionView::from).toList();
    }

    @Post("/extensions")
    @Secured(Roles.OFFICER)
    HttpResponse<CaseView> requestExtension(@PathVariable UUID id, @Body @Valid ExtensionRequest request,
                                            @Nullable @Header(ExpectedVersion.HEADER) String ifMatch,
                                            Authentication auth) {
        return withEtag(lifecycle.requestExtension(id, request.requestedDueAt(), request.reason(),
                ExpectedVersion.parse(ifMatch), Caller.of(auth)));
    }

    @Post("/extensions/{extensionId}/approval")
    @Secured(Roles.SUPERVISOR)
    HttpResponse<CaseView> approveExtension(@PathVariable UUID id, @PathVariable UUID extensionId,
                                            @Body @Nullable @Valid NoteRequest request,
                                            @Nullable @Header(ExpectedVersion.HEADER) String ifMatch,
                                            Authentication auth) {
        return withEtag(lifecycle.decideExtension(id, extensionId, true, request == null ? null : request.note(),
                ExpectedVersion.parse(ifMatch), Caller.of(auth)));
    }

    @Post("/extensions/{extensionId}/refusal")
    @Secured(Roles.SUPERVISOR)
    HttpResponse<CaseView> refuseExtension(@PathVariable UUID id, @PathVariable UUID extensionId,
                                           @Body @Nullable @Valid NoteRequest request,
                                           @Nullable @Header(ExpectedVersion.HEADER) String ifMatch,
                                           Authentication auth) {
        return withEtag(lifecycle.decideExtension(id, extensionId, false, request == null ? null : request.note(),
                ExpectedVersion.parse(ifMatch), Caller.of(auth)));
    }

    @Put("/details")
    @Secured({Roles.MONITOR, Roles.SUPERVISOR})
    HttpResponse<CaseView> changeDetails(@PathVariable UUID id, @Body @Valid DetailsRequest request,
                                         @Nullable @Header(ExpectedVersion.HEADER) String ifMatch,
                                         Authentication auth) {
        return withEtag(lifecycle.changeDetails(id, request.topicArea(), request.region(), request.severity(),
                request.coUnits(), ExpectedVersion.parse(ifMatch), Caller.of(auth)));
    }

    @Post("/reports")
    @Secured({Roles.MONITOR, Roles.SUPERVISOR})
    HttpResponse<CaseView> attachReport(@PathVariable UUID id, @Body @Valid AttachReportRequest request,
                                        @Nullable @Header(ExpectedVersion.HEADER) String ifMatch,
                                        Authentication auth) {
        return withEtag(merging.attachReport(id, request.reportId(), ExpectedVersion.parse(ifMatch),
                Caller.of(auth)));
    }

    @Post("/merges")
    @Secured({Roles.MONITOR, Roles.SUPERVISOR})
    HttpResponse<CaseView> merge(@PathVariable UUID id, @Body @Valid MergeRequest request,
                                 @Nullable @Header(ExpectedVersion.HEADER) String ifMatch, Authentication auth) {
        return withEtag(merging.merge(id, request.mergedCaseId(), ExpectedVersion.parse(ifMatch), Caller.of(auth)));
    }

    static HttpResponse<CaseView> withEtag(CaseView view) {
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ExpectedVersion.etag(view.version()));
    }
}
