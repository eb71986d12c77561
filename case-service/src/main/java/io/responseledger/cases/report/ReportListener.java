package io.responseledger.cases.report;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.serde.ObjectMapper;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * Consumes accepted reports and hands each to {@link CaseOpening}. The offset is committed after each record,
 * so at most the record in flight is delivered again after a crash, and opening is idempotent.
 *
 * <p>A record that cannot be read or stored (not JSON, a required field missing) goes to the dead-letter topic
 * with the reason. Any other failure, such as the database being unavailable, is retried after a pause, for as
 * long as it takes: the record is never skipped, and the records behind it on its partition wait.
 */
@KafkaListener(
        groupId = "${ledger.cases.reports.group-id:case-service}",
        clientId = "case-service-reports",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(
                value = ErrorStrategyValue.RETRY_ON_ERROR,
                retryDelay = "${ledger.cases.reports.retry-delay:2s}",
                retryCount = Integer.MAX_VALUE))
@Requires(property = "kafka.enabled", notEquals = "false")
class ReportListener {

    private static final Logger LOG = LoggerFactory.getLogger(ReportListener.class);

    private final CaseOpening opening;
    private final ReportDeadLetters deadLetters;
    private final ObjectMapper json;

    ReportListener(CaseOpening opening, ReportDeadLetters deadLetters, ObjectMapper json) {
        this.opening = opening;
        this.deadLetters = deadLetters;
        this.json = json;
    }

    @Topic(Topics.OPINION_REPORTS)
    void receive(ConsumerRecord<byte[], byte[]> record) {
        ReportSubmitted report;
        try {
            report = read(record.value());
        } catch (IOException | RuntimeException e) {
            // A parser's message may quote a little of the text: it goes to the header, not to the log.
            deadLetter(record, "not a ReportSubmitted (" + e.getClass().getSimpleName() + ")",
                    "not a ReportSubmitted: " + e.getClass().getSimpleName() + ": " + firstLine(e));
            return;
        }
        Optional<String> problems = ReportCheck.problems(report);
        if (problems.isPresent()) {
            String reason = "invalid ReportSubmitted: " + problems.get();
            deadLetter(record, reason, reason);
            return;
        }
        opening.open(report);
    }

    private ReportSubmitted read(byte[] value) throws IOException {
        if (value == null || value.length == 0) {
            throw new IOException("empty record value");
        }
        ReportSubmitted report = json.readValue(value, ReportSubmitted.class);
        if (report == null) {
            throw new IOException("record value is JSON null");
        }
        return report;
    }

    /**
     * @param summary what the log says: field names and limits only, never values, which may hold personal data
     * @param reason  what the dead-letter header says
     */
    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String summary, String reason) {
        LOG.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), summary);
        deadLetters.send(record.key(), record.value(), reason, record.topic(), String.valueOf(record.partition()),
                String.valueOf(record.offset()));
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
