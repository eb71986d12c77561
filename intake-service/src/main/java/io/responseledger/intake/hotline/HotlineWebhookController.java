package io.responseledger.intake.hotline;

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
import io.responseledger.intake.report.Channel;
import io.responseledger.intake.report.ReportAccepted;
import io.responseledger.intake.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 12345 hotline platform posts its work orders here. Two proofs are needed: a HOTLINE token (checked by the
 * security filter before this runs) and the HMAC signature of the exact body bytes, checked here before the body
 * is even parsed. A message then takes the same path as one published to the hotline topic, and as a monitor's
 * report: normalisation, validation, masking, routing, publishing, 202 once Kafka has it.
 */
@Controller("/api/v1/hotline/messages")
@Secured(Roles.HOTLINE)
@Tag(name = "hotline")
class HotlineWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(HotlineWebhookController.class);

    private final HotlineSignatures signatures;
    private final HotlineIntake intake;

    HotlineWebhookController(HotlineSignatures signatures, HotlineIntake intake) {
        this.signatures = signatures;
        this.intake = intake;
    }

    /** Runs on the blocking pool, like report submission: it waits for Kafka's acknowledgement. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "接收 12345 热线工单（签名 Webhook）",
            description = "需要 HOTLINE 角色的令牌，以及请求头 X-Hotline-Timestamp 和 X-Hotline-Signature"
                    + "（sha256=<HMAC-SHA256(密钥, \"<时间戳>.<请求体>\")>）。消息格式与主题 hotline.messages.raw.v1 相同，"
                    + "同一工单号无论经哪条渠道都是同一份报告。")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HotlineMessage.class),
            examples = @ExampleObject(name = "欠薪工单", value = """
                    {"workOrderNo":"2026112600123","callerName":"王小明","callerPhone":"13800138000",
                     "receivedAt":"2026-11-26T09:40:00+08:00","category":"劳动保障/欠薪",
                     "content":"来电人反映，其在XX区安置房项目从事木工，今年9月至今工资未结清，请求督促施工单位尽快支付。",
                     "timeLimitHours":72}""")))
    @ApiResponse(responseCode = "202", description = "已受理：消息队列已确认")
    @ApiResponse(responseCode = "400", description = "消息格式或字段不合格")
    @ApiResponse(responseCode = "401", description = "令牌或签名无效、时间戳过期、重放")
    @ApiResponse(responseCode = "503", description = "未配置签名密钥，或消息队列不可用（带 Retry-After）")
    HttpResponse<ReportAccepted> receive(@Body @Nullable byte[] body,
                                         @Header(HotlineSignatures.TIMESTAMP_HEADER) @Nullable String timestamp,
                                         @Header(HotlineSignatures.SIGNATURE_HEADER) @Nullable String signature) {
        if (!signatures.isConfigured()) {
            throw new HotlineUnavailableException(
                    "热线接口未配置签名密钥（LEDGER_HOTLINE_WEBHOOK_SECRET），不受理任何消息", null);
        }
        byte[] raw = body == null ? new byte[0] : body;
        String claimed;
        try {
            claimed = signatures.verifyAndClaim(timestamp, signature, raw);
        } catch (HotlineSignatureException e) {
            LOG.warn("Hotline message refused: reason={}", e.reason());
            throw e;
        }
        try {
            return HttpResponse.accepted().body(intake.accept(Channel.HOTLINE_WEBHOOK, raw));
        } catch (RuntimeException e) {
            // Nothing was accepted, so the platform may send the same signed message again.
            signatures.release(claimed);
            throw e;
        }
    }
}
