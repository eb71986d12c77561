package io.responseledger.cases.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import jakarta.validation.Valid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Tracking one commitment (承诺): read it with its history; the owner unit's officers report progress (links, or a
 * file) and claim it fulfilled; supervisors verify, withdraw and review it. Changes carry the version read
 * ({@code expectedVersion}) and answer the commitment as it now stands.
 */
@Controller("/api/v1/commitments/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class CommitmentController {

    private final CommitmentTracking tracking;

    CommitmentController(CommitmentTracking tracking) {
        this.tracking = tracking;
    }

    @Get
    @Secured({Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER, Roles.OFFICER})
    CommitmentDetail get(@PathVariable UUID id, Authentication authentication) {
        return tracking.get(id, Caller.of(authentication));
    }

    @Post("/progress")
    @Secured(Roles.OFFICER)
    CommitmentDetail progress(@PathVariable UUID id, @Body @Valid CommitmentRequests.Progress request,
                              Authentication authentication) {
        return tracking.reportProgress(id, request, Caller.of(authentication));
    }

    /**
     * Progress with a file as evidence: multipart parts {@code file} (PDF, JPEG or PNG), {@code expectedVersion},
     * and optionally {@code progressPercent} and {@code note}.
     */
    @Post(value = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.OFFICER)
    CommitmentDetail uploadEvidence(@PathVariable UUID id, CompletedFileUpload file,
                                    @Part("expectedVersion") String expectedVersion,
                                    @Part("progressPercent") @Nullable String progressPercent,
                                    @Part("note") @Nullable String note,
                                    Authentication authentication) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded evidence", e);
        }
        return tracking.reportProgressWithFile(id, number("expectedVersion", expectedVersion, true),
                progressPercent == null || progressPercent.isBlank() ? null
                        : Math.toIntExact(number("progressPercent", progressPercent, false)),
                note == null || note.isBlank() ? null : note.strip(), file.getFilename(), content,
                Caller.of(authentication));
    }

    @Get("/evidence/{evidenceId}")
    @Secured({Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER, Roles.OFFICER})
    HttpResponse<byte[]> downloadEvidence(@PathVariable UUID id, @PathVariable UUID evidenceId,
                                          Authentication authentication) {
        CommitmentTracking.EvidenceFile file = tracking.evidenceFile(id, evidenceId, Caller.of(authentication));
        return HttpResponse.ok(file.content())
                .contentType(file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Post("/claim")
    @Secured(Roles.OFFICER)
    CommitmentDetail claim(@PathVariable UUID id, @Body @Valid CommitmentRequests.Claim request,
                           Authentication authentication) {
        return tracking.claimFulfilled(id, request, Caller.of(authentication));
    }

    @Post("/verification")
    @Secured(Roles.SUPERVISOR)
    CommitmentDetail verify(@PathVariable UUID id, @Body @Valid CommitmentRequests.Verification request,
                            Authentication authentication) {
        return tracking.verify(id, request, Caller.of(authentication));
    }

    @Post("/withdrawal")
    @Secured(Roles.SUPERVISOR)
    CommitmentDetail withdraw(@PathVariable UUID id, @Body @Valid CommitmentRequests.Withdrawal request,
                              Authentication authentication) {
        return tracking.withdraw(id, request, Caller.of(authentication));
    }

    /** Records a look-back review (回头看) of this commitment. */
    @Post("/reviews")
    @Secured(Roles.SUPERVISOR)
    HttpResponse<CommitmentDetail> review(@PathVariable UUID id, @Body @Valid CommitmentRequests.Review request,
                                          Authentication authentication) {
        return HttpResponse.created(tracking.review(id, request, Caller.of(authentication)));
    }

    private static long number(String field, @Nullable String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new CommitmentInputException(field, "必填");
            }
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CommitmentInputException(field, "必须是整数");
        }
    }
}
