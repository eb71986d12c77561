package io.responseledger.intake.hotline;

import io.responseledger.intake.metrics.IntakeMetrics;
import io.responseledger.intake.problem.UnreadableBodyException;
import io.responseledger.intake.report.Channel;
import io.responseledger.intake.report.ReportAccepted;
import io.responseledger.intake.report.ReportNotPublishedException;
import io.responseledger.intake.report.ReportRejectedException;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/**
 * One message from the hotline topic: through the same intake as the webhook's, or, when it can never be
 * accepted as it is (not JSON, not valid), to the dead-letter topic with the reason, so the consumer moves on.
 * A failure to reach Kafka is not the message's fault: it propagates, and the listener retries the message.
 */
@Singleton
class HotlineTopicConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(HotlineTopicConsumer.class);

    private final HotlineIntake intake;
    private final HotlineDeadLetters deadLetters;
    private final IntakeMetrics metrics;

    HotlineTopicConsumer(HotlineIntake intake, HotlineDeadLetters deadLetters, IntakeMetrics metrics) {
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /**
     * @throws ReportNotPublishedException      when Kafka did not acknowledge the report: retry the record
     * @throws HotlineDeadLetters.NotDeadLettered when the dead-letter topic did not acknowledge: retry the record
     */
    void process(ConsumerRecord<String, byte[]> record) {
        String origin = record.topic() + "-" + record.partition() + "@" + record.offset();
        byte[] value = record.value() == null ? new byte[0] : record.value();
        String code;
        String reason;
        try {
            ReportAccepted accepted = intake.accept(Channel.HOTLINE_TOPIC, value);
            LOG.info("Hotline message accepted: origin={} reportId={}", origin, accepted.reportId());
            return;
        } catch (ReportNotPublishedException e) {
            LOG.warn("Hotline message not yet accepted, Kafka unavailable; will retry: origin={}", origin);
            throw e;
        } catch (UnreadableBodyException e) {
            code = "unreadable";
            // Only where the parser stopped: its full message may quote the text, and with it personal data.
            reason = "unreadable: not a JSON object of the hotline message format" + location(e);
        } catch (ReportRejectedException e) {
            code = "invalid";
            reason = "invalid: " + e.errors().stream()
                    .map(error -> error.field() + " " + error.code())
                    .collect(Collectors.joining(", "));
        } catch (RuntimeException e) {
            // A defect on our side must not stall the partition forever; the message is kept in the dead-letter topic.
            code = "processing-failed";
            reason = "processing-failed: " + e.getClass().getName();
        }
        deadLetters.send(record, reason);
        metrics.deadLettered(code);
        LOG.warn("Hotline message dead-lettered: origin={} reason={}", origin, reason);
    }

    private static String location(UnreadableBodyException e) {
        String message = e.getCause() == null ? null : e.getCause().getMessage();
        if (message == null) {
            return "";
        }
        var matcher = java.util.regex.Pattern.compile("line: (\\d+), column: (\\d+)").matcher(message);
        return matcher.find() ? " (line " + matcher.group(1) + ", column " + matcher.group(2) + ")" : "";
    }
}
