package io.responseledger.intake.hotline;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.contracts.Topics;
import io.responseledger.intake.IntakeConfiguration;
import io.responseledger.intake.report.RecordingReportPublisher;
import io.responseledger.intake.report.ReportNotPublishedException;
import io.responseledger.intake.testsupport.HotlineSigner;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What the hotline consumer does with each kind of message, without a broker: accepted, dead-lettered with a
 * reason, or (Kafka failing) thrown back so the listener retries it and nothing is dead-lettered.
 */
@MicronautTest(startApplication = false, environments = {RecordingReportPublisher.ENVIRONMENT, "recording-dead-letters"})
class HotlineTopicConsumerTest {

    @Singleton
    @Replaces(HotlineDeadLetters.class)
    @Requires(env = "recording-dead-letters")
    static class RecordingDeadLetters extends HotlineDeadLetters {

        final List<String> reasons = new CopyOnWriteArrayList<>();

        RecordingDeadLetters(IntakeConfiguration configuration) {
            super(null, configuration);
        }

        @Override
        void send(ConsumerRecord<String, byte[]> original, String reason) {
            reasons.add(reason);
        }
    }

    @Inject
    HotlineTopicConsumer consumer;

    @Inject
    RecordingReportPublisher publisher;

    @Inject
    RecordingDeadLetters deadLetters;

    @BeforeEach
    void reset() {
        publisher.reset();
        deadLetters.reasons.clear();
    }

    @Test
    void validMessageIsPublishedAndNotDeadLettered() {
        consumer.process(record(HotlineSigner.sampleMessage()));

        assertThat(publisher.acknowledged()).singleElement()
                .satisfies(event -> assertThat(event.hotline().workOrderNumber()).isEqualTo("2026112600123"));
        assertThat(deadLetters.reasons).isEmpty();
    }

    @Test
    void messageThatIsNotJsonIsDeadLetteredWithWhereTheParserStopped() {
        consumer.process(record("{\"workOrderNo\": \"1\", \"content\": "));

        assertThat(deadLetters.reasons).singleElement().asString()
                .startsWith("unreadable: ").contains("line 1, column");
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void invalidMessageIsDeadLetteredNamingFieldsButNoValues() {
        consumer.process(record("{\"workOrderNo\":\"A1\",\"callerName\":\"王小明\",\"content\":\"<p>&nbsp;</p>\","
                + "\"receivedAt\":\"2026-11-26T09:40:00+08:00\"}"));

        assertThat(deadLetters.reasons).containsExactly("invalid: content missing");
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void emptyRecordIsDeadLettered() {
        consumer.process(new ConsumerRecord<>(Topics.HOTLINE_MESSAGES_RAW, 0, 7L, "A1", null));

        assertThat(deadLetters.reasons).singleElement().asString().startsWith("unreadable");
    }

    @Test
    void kafkaFailingIsThrownBackForARetryAndNothingIsDeadLettered() {
        publisher.behave(RecordingReportPublisher.Behaviour.FAIL);

        Throwable thrown = catchThrowable(() -> consumer.process(record(HotlineSigner.sampleMessage())));

        assertThat(thrown).isInstanceOf(ReportNotPublishedException.class);
        assertThat(deadLetters.reasons).isEmpty();
    }

    private static ConsumerRecord<String, byte[]> record(String value) {
        return new ConsumerRecord<>(Topics.HOTLINE_MESSAGES_RAW, 1, 42L, "key", value.getBytes(StandardCharsets.UTF_8));
    }
}
