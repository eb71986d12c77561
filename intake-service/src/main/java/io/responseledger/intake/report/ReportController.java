package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.responseledger.intake.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Opinion monitors (舆情监测员) submit what they found; nobody else does. */
@Controller("/api/v1/reports")
@Secured(Roles.MONITOR)
class ReportController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ReportIntake intake;

    ReportController(ReportIntake intake) {
        this.intake = intake;
    }

    /**
     * Answers 202 only once Kafka has acknowledged the report. Runs on the blocking pool: waiting for that
     * acknowledgement (and, while Kafka is unreachable, for topic metadata) must not stall the event loop.
     */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<ReportAccepted> submit(
            @Body @Valid SubmitReportRequest report,
            @Header(IDEMPOTENCY_KEY) @Nullable @Size(max = 200, message = "请求头 Idempotency-Key 不能超过 {max} 个字符")
            String idempotencyKey) {
        return HttpResponse.accepted().body(intake.submit(report.toDraft(), Text.clean(idempotencyKey)));
    }
}
