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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import java.util.concurrent.CompletableFuture;

/** Opinion monitors (舆情监测员) submit what they found; nobody else does. */
@Controller("/api/v1/reports")
@Secured(Roles.MONITOR)
@Tag(name = "reports")
class ReportController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ReportPipeline pipeline;

    ReportController(ReportPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Answers 202 only once Kafka has acknowledged the report. Runs on the blocking pool: handing the report to
     * the producer can block while Kafka is unreachable (for topic metadata) and must not stall the event loop.
     * No thread waits for the acknowledgement itself: the answer is written when it arrives, which spares a
     * thread switch per report (the latency benchmark, docs/benchmarks.md). Validation happens in the pipeline,
     * after normalisation, the same for every channel.
     */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "上报一条舆情",
            description = "规范化（去除 HTML、NFKC、整理空白）、校验、遮蔽个人信息、确定话题领域后写入消息队列，"
                    + "得到确认后返回 202。同一来源同一 externalId，或相同的 Idempotency-Key，得到同一个 reportId。")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "微博欠薪帖", value = """
                    {"title":"XX区安置房项目拖欠农民工工资",
                     "body":"<p>网友发帖称：工人堵门讨薪，已三个月未发工资。</p><p>联系电话１３９１２３４５６７８</p>",
                     "source":"微博","url":"https://weibo.com/1234567890/NabcXYZ","externalId":"NabcXYZ",
                     "occurredAt":"2026-11-25T18:00:00+08:00","observedAt":"2026-11-26T09:10:00+08:00",
                     "region":"长沙市岳麓区","authorHandle":"城南小李",
                     "engagement":{"reposts":120,"comments":45,"likes":300},
                     "topicArea":"wage-arrears","severity":"一般"}""")))
    @ApiResponse(responseCode = "202", description = "已受理：消息队列已确认",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(value = """
                    {"reportId":"0c3f6f0e-5a7b-3d43-9a57-3f1d2e4c5b6a","topicArea":"wage-arrears"}""")))
    @ApiResponse(responseCode = "400", description = "字段不合格，violations 列出每个字段和原因")
    @ApiResponse(responseCode = "503", description = "消息队列不可用，报告未受理，请按 Retry-After 重试")
    CompletableFuture<HttpResponse<ReportAccepted>> submit(
            @Body SubmitReportRequest report,
            @Header(IDEMPOTENCY_KEY) @Nullable @Size(max = 200, message = "请求头 Idempotency-Key 不能超过 {max} 个字符")
            String idempotencyKey) {
        return pipeline.submitAsync(Channel.REST, report, Text.clean(idempotencyKey))
                .thenApply(accepted -> HttpResponse.accepted().body(accepted));
    }
}
