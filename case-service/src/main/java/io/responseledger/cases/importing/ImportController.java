package io.responseledger.cases.importing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.responseledger.cases.problem.Problems;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.UUID;

/**
 * Historical import (历史台账导入): a past ledger uploaded as CSV or XLSX becomes closed cases with their
 * responses, in the background. ADMIN and SUPERVISOR.
 */
@Controller("/api/v1/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.SUPERVISOR})
class ImportController {

    private final ImportService imports;
    private final ErrorResponseProcessor<?> problems;

    ImportController(ImportService imports, ErrorResponseProcessor<?> problems) {
        this.imports = imports;
        this.problems = problems;
    }

    /**
     * 202 with the import (Location: where to follow it). The same file uploaded again while its import is still
     * under way answers that import.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ImportView> upload(@Part("file") CompletedFileUpload file, Authentication authentication) {
        ImportService.Accepted accepted = imports.accept(file, Caller.of(authentication));
        return HttpResponse.<ImportView>status(HttpStatus.ACCEPTED)
                .body(accepted.view())
                .header("Location", UriBuilder.of("/api/v1/imports").path(accepted.view().id().toString())
                        .build().toString());
    }

    /** Status, progress, counts and one page of the rejected rows (by line). */
    @Get("/{id}")
    ImportView get(@PathVariable UUID id,
                   @QueryValue(defaultValue = "0") @Min(value = 0, message = "不能小于 {value}")
                   @Max(value = 1_000_000, message = "不能大于 {value}") int page,
                   @QueryValue(defaultValue = "50") @Min(value = 1, message = "不能小于 {value}")
                   @Max(value = 500, message = "不能大于 {value}") int size) {
        return imports.get(id, page, size);
    }

    @Error(exception = InvalidUploadException.class)
    HttpResponse<?> invalidUpload(HttpRequest<?> request, InvalidUploadException e) {
        return Problems.violation(problems, request, "file", e.getMessage());
    }

    @Error(exception = ImportNotFoundException.class)
    HttpResponse<?> notFound(HttpRequest<?> request, ImportNotFoundException e) {
        return Problems.of(problems, request, HttpStatus.NOT_FOUND, "导入任务不存在", "导入任务 " + e.id() + " 不存在");
    }
}
