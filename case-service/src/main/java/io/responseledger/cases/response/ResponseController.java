package io.responseledger.cases.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.casefile.ExpectedVersion;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import jakarta.validation.Valid;

import java.util.UUID;

/** Recording official responses (回应) and their commitments (承诺) on a case. */
@Controller("/api/v1/cases/{id}/responses")
@ExecuteOn(TaskExecutors.BLOCKING)
class ResponseController {

    private final ResponseRecording recording;

    ResponseController(ResponseRecording recording) {
        this.recording = recording;
    }

    /** Officers of the case's lead unit only. Answers 201 with the case as it now stands; Location is the case. */
    @Post
    @Secured(Roles.OFFICER)
    HttpResponse<CaseView> record(@PathVariable UUID id, @Body @Valid RecordResponseRequest request,
                                  @Nullable @Header(ExpectedVersion.HEADER) String ifMatch,
                                  Authentication authentication) {
        CaseView view = recording.record(id, request, ExpectedVersion.parse(ifMatch), Caller.of(authentication));
        return HttpResponse.created(view, UriBuilder.of("/api/v1/cases").path(id.toString()).build())
                .header(HttpHeaders.ETAG, ExpectedVersion.etag(view.version()));
    }
}
