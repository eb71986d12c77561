package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.exceptions.SerdeException;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.intake.problem.BodyConversionErrorHandler;
import io.responseledger.intake.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Many reports in one call, for monitors' tools that collect posts in bulk. Each item goes through the same
 * pipeline as a single report; one bad item is rejected on its own and does not sink the others. An item is
 * reported accepted only once Kafka has acknowledged it: all items are sent first, then all acknowledgements
 * awaited within one bound. If Kafka does not acknowledge them all, the whole call is 503 and no item is reported
 * accepted; sending the batch again is safe for items with an external id or under an {@code Idempotency-Key}.
 */
@Controller("/api/v1/reports/batch")
@Secured(Roles.MONITOR)
@Tag(name = "reports")
class ReportBatchController {

    static final int MAX_ITEMS = 1000;
    private static final String FIELD = "reports";

    private final ReportPipeline pipeline;
    private final ObjectMapper objectMapper;

    ReportBatchController(ReportPipeline pipeline, ObjectMapper objectMapper) {
        this.pipeline = pipeline;
        this.objectMapper = objectMapper;
    }

    private record Pending(int index, ReportSubmitted event, CompletableFuture<RecordMetadata> sent) {
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "批量上报舆情（1 至 1000 条）",
            description = "逐条校验；不合格的条目单独被拒绝，不影响其他条目。所有条目都得到消息队列确认后才报告为已受理；"
                    + "消息队列不可用时整批返回 503，并带 Retry-After。")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "两条微博", value = """
                    {"reports":[
                      {"title":"XX区安置房项目拖欠农民工工资","body":"<p>工人堵门讨薪，已三个月未发工资。</p>",
                       "source":"微博","url":"https://weibo.com/1234567890/NabcXYZ","externalId":"NabcXYZ",
                       "observedAt":"2026-11-26T09:10:00+08:00","region":"长沙市岳麓区","authorHandle":"城南小李",
                       "engagement":{"reposts":120,"comments":45,"likes":300}},
                      {"title":"小区垃圾站臭味扰民","body":"夏天臭味严重，多次反映无果。","source":"论坛",
                       "observedAt":"2026-11-26T10:00:00+08:00","severity":"一般"}
                    ]}""")))
    @ApiResponse(responseCode = "200", description = "每条的结果：ACCEPTED 带 reportId，REJECTED 带 errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(value = """
                    {"accepted":1,"rejected":1,"results":[
                      {"index":0,"status":"ACCEPTED","reportId":"0c3f6f0e-5a7b-3d43-9a57-3f1d2e4c5b6a"},
                      {"index":1,"status":"REJECTED","errors":[{"field":"reports[1].title","reason":"必填"}]}]}""")))
    @ApiResponse(responseCode = "400", description = "reports 缺失、为空或超过 1000 条")
    @ApiResponse(responseCode = "503", description = "消息队列不可用，整批未受理，请按 Retry-After 重试")
    HttpResponse<ReportBatchResponse> submitAll(
            @Body ReportBatchRequest batch,
            @Header(ReportController.IDEMPOTENCY_KEY) @Nullable
            @Size(max = 200, message = "请求头 Idempotency-Key 不能超过 {max} 个字符") String idempotencyKey) {
        List<JsonNode> items = batch.reports();
        if (items == null || items.isEmpty()) {
            throw new ReportRejectedException(List.of(new FieldError(FIELD, "必填：至少 1 条", "missing")));
        }
        if (items.size() > MAX_ITEMS) {
            throw new ReportRejectedException(List.of(new FieldError(FIELD,
                    "一次最多 " + MAX_ITEMS + " 条，收到 " + items.size() + " 条：请分批提交", "too-long")));
        }
        String batchKey = Text.clean(idempotencyKey);
        ReportBatchResponse.ItemResult[] results = new ReportBatchResponse.ItemResult[items.size()];
        List<ReportSubmitted> prepared = new ArrayList<>();
        List<Integer> preparedIndexes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = FIELD + "[" + i + "]";
            try {
                SubmitReportRequest report = read(items.get(i), prefix);
                // Each item gets a key of its own, so that the batch sent again is the same reports again.
                String itemKey = batchKey == null ? null : batchKey + "#" + i;
                prepared.add(pipeline.prepare(Channel.BATCH, report, itemKey));
                preparedIndexes.add(i);
            } catch (ReportRejectedException e) {
                results[i] = ReportBatchResponse.ItemResult.rejected(i, e.errors().stream()
                        .map(error -> new ReportBatchResponse.ItemError(
                                error.field().startsWith(prefix) ? error.field() : prefix + "." + error.field(),
                                error.reason()))
                        .toList());
            }
        }

        long deadline = pipeline.deadline();
        List<Pending> pending = new ArrayList<>(prepared.size());
        for (int p = 0; p < prepared.size(); p++) {
            CompletableFuture<RecordMetadata> sent = pipeline.send(prepared.get(p));
            pending.add(new Pending(preparedIndexes.get(p), prepared.get(p), sent));
            // A producer that cannot reach Kafka blocks each send up to max.block.ms: stop at the first such
            // failure rather than wait that long for every item.
            if (sent.isCompletedExceptionally() || System.nanoTime() > deadline) {
                // Throws: the whole batch is answered 503.
                pipeline.await(Channel.BATCH, prepared.get(p), sent, deadline);
            }
        }
        for (Pending item : pending) {
            results[item.index()] = ReportBatchResponse.ItemResult.accepted(item.index(),
                    pipeline.await(Channel.BATCH, item.event(), item.sent(), deadline).reportId());
        }
        int accepted = pending.size();
        return HttpResponse.ok(new ReportBatchResponse(accepted, items.size() - accepted, List.of(results)));
    }

    private SubmitReportRequest read(@Nullable JsonNode item, String prefix) {
        if (item == null || item.isNull()) {
            pipeline.countRejected(Channel.BATCH, "missing");
            throw new ReportRejectedException(List.of(new FieldError(prefix, "必填：不能为 null", "missing")));
        }
        if (!item.isObject()) {
            pipeline.countRejected(Channel.BATCH, "wrong-type");
            throw new ReportRejectedException(List.of(new FieldError(prefix, "必须是一个 JSON 对象", "wrong-type")));
        }
        try {
            return objectMapper.readValueFromTree(item, SubmitReportRequest.class);
        } catch (IOException e) {
            SerdeException serdeError = BodyConversionErrorHandler.findSerdeError(e);
            FieldError error = serdeError == null
                    ? new FieldError(prefix, "无法解析：各字段类型见接口说明", "wrong-type")
                    : new FieldError(prefix + "." + BodyConversionErrorHandler.fieldName(serdeError.getPath()),
                    BodyConversionErrorHandler.expected(serdeError.getPath().get(0).getArgument()), "wrong-type");
            pipeline.countRejected(Channel.BATCH, "wrong-type");
            throw new ReportRejectedException(List.of(error));
        }
    }
}
