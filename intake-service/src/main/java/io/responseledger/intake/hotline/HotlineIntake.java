package io.responseledger.intake.hotline;

import io.micronaut.serde.ObjectMapper;
import io.responseledger.intake.problem.UnreadableBodyException;
import io.responseledger.intake.report.Channel;
import io.responseledger.intake.report.ReportAccepted;
import io.responseledger.intake.report.ReportPipeline;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Both hotline channels, the signed webhook and the topic, hand the raw message bytes here: one parser, then the
 * report pipeline every channel shares. The same work order through either channel is the same report.
 */
@Singleton
class HotlineIntake {

    private final ObjectMapper objectMapper;
    private final ReportPipeline pipeline;

    HotlineIntake(ObjectMapper objectMapper, ReportPipeline pipeline) {
        this.objectMapper = objectMapper;
        this.pipeline = pipeline;
    }

    /**
     * @throws UnreadableBodyException when the bytes are not a JSON object of the message format
     * @throws io.responseledger.intake.report.ReportRejectedException when the message is not acceptable
     * @throws io.responseledger.intake.report.ReportNotPublishedException when Kafka did not acknowledge it
     */
    ReportAccepted accept(Channel channel, byte[] raw) {
        return pipeline.submit(channel, read(channel, raw), null);
    }

    private HotlineMessage read(Channel channel, byte[] raw) {
        try {
            HotlineMessage message = raw.length == 0 ? null : objectMapper.readValue(raw, HotlineMessage.class);
            if (message == null) {
                throw new UnreadableBodyException(null);
            }
            return message;
        } catch (IOException | UnreadableBodyException e) {
            pipeline.countRejected(channel, "unreadable");
            throw e instanceof UnreadableBodyException unreadable ? unreadable : new UnreadableBodyException(e);
        }
    }
}
