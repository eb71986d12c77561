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
import io.micronaut.serde.ObjectMapper;
import io.micronaut.validation.validator.Validator;
import io.responseledger.intake.problem.UnreadableBodyException;
import io.responseledger.intake.report.ReportAccepted;
import io.responseledger.intake.report.ReportIntake;
import io.responseledger.intake.security.Roles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Set;

/**
 * The 12345 hotline platform posts its work orders here. Two proofs are needed: a HOTLINE token (checked by the
 * security filter before this runs) and the HMAC signature of the exact body bytes, checked here before the body
 * is even parsed. A message then takes the same path as a monitor's report: validation, masking, publishing,
 * 202 once Kafka has it.
 */
@Controller("/api/v1/hotline/messages")
@Secured(Roles.HOTLINE)
class HotlineWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(HotlineWebhookController.class);

    private final HotlineSignatures signatures;
    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final ReportIntake intake;

    HotlineWebhookController(HotlineSignatures signatures, ObjectMapper objectMapper, Validator validator,
                             ReportIntake intake) {
        this.signatures = signatures;
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.intake = intake;
    }

    /** Runs on the blocking pool, like report submission: it waits for Kafka's acknowledgement. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
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
            HotlineMessage message = read(raw);
            Set<ConstraintViolation<HotlineMessage>> violations = validator.validate(message);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            ReportAccepted accepted = intake.submit(message.toDraft(), null);
            return HttpResponse.accepted().body(accepted);
        } catch (RuntimeException e) {
            // Nothing was accepted, so the platform may send the same signed message again.
            signatures.release(claimed);
            throw e;
        }
    }

    private HotlineMessage read(byte[] body) {
        try {
            HotlineMessage message = objectMapper.readValue(body, HotlineMessage.class);
            if (message == null) {
                throw new UnreadableBodyException(null);
            }
            return message;
        } catch (IOException e) {
            throw new UnreadableBodyException(e);
        }
    }
}
