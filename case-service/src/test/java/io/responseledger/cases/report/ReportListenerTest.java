package io.responseledger.cases.report;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.ObjectMapper;
import io.responseledger.cases.support.Reports;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.ArgumentCaptor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportListenerTest {

    private final ObjectMapper json = ObjectMapper.getDefault();
    private CaseOpening opening;
    private ReportDeadLetters deadLetters;
    private ReportListener listener;

    @BeforeEach
    void setUp() {
        opening = mock(CaseOpening.class);
        deadLetters = mock(ReportDeadLetters.class);
        listener = new ReportListener(opening, deadLetters, json);
    }

    @AfterAll
    void closeMapper() throws Exception {
        if (json instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Test
    void reportIsHandedToCaseOpening() throws IOException {
        ReportSubmitted report = Reports.wageArrears("wage-arrears");

        listener.receive(record(report.reportId().toString(), json.writeValueAsBytes(report)));

        verify(opening).open(report);
        verifyNoInteractions(deadLetters);
    }

    @Test
    void recordThatIsNotJsonGoesToTheDeadLetterTopicWithTheReason() {
        byte[] value = "工人堵门讨薪".getBytes(StandardCharsets.UTF_8);

        listener.receive(record("k-1", value));

        String reason = deadLetterReason(value);
        assertThat(reason).startsWith("not a ReportSubmitted");
        verifyNoInteractions(opening);
    }

    @Test
    void reportWithoutTitleOrTopicAreaGoesToTheDeadLetterTopicNamingTheFields() throws IOException {
        ReportSubmitted complete = Reports.hotline("wage-arrears", "欠薪");
        ReportSubmitted incomplete = new ReportSubmitted(complete.reportId(), complete.source(), null, " ",
                complete.body(), null, null, null, complete.observedAt(), complete.submittedAt(), null);
        byte[] value = json.writeValueAsBytes(incomplete);

        listener.receive(record(complete.reportId().toString(), value));

        assertThat(deadLetterReason(value))
                .isEqualTo("invalid ReportSubmitted: title is missing; topicArea is missing");
        verifyNoInteractions(opening);
    }

    @Test
    void reportTooLongToStoreGoesToTheDeadLetterTopic() throws IOException {
        ReportSubmitted complete = Reports.hotline("wage-arrears", "欠薪");
        ReportSubmitted tooLong = new ReportSubmitted(complete.reportId(), complete.source(), "x".repeat(201),
                complete.title(), complete.body(), complete.topicArea(), null, null, complete.observedAt(),
                complete.submittedAt(), null);
        byte[] value = json.writeValueAsBytes(tooLong);

        listener.receive(record("k-2", value));

        assertThat(deadLetterReason(value)).contains("externalId is longer than 200 characters");
    }

    @Test
    void databaseFailureIsThrownSoTheRecordIsRetriedNotSkipped() throws IOException {
        ReportSubmitted report = Reports.wageArrears("wage-arrears");
        when(opening.open(any())).thenThrow(new DataAccessException("Connection is not available"));

        assertThatThrownBy(() -> listener.receive(record("k-3", json.writeValueAsBytes(report))))
                .isInstanceOf(DataAccessException.class);
        verifyNoInteractions(deadLetters);
    }

    private String deadLetterReason(byte[] value) {
        ArgumentCaptor<String> reason = ArgumentCaptor.forClass(String.class);
        verify(deadLetters).send(any(), eq(value), reason.capture(), eq(Topics.OPINION_REPORTS), eq("1"), eq("42"));
        return reason.getValue();
    }

    private static ConsumerRecord<byte[], byte[]> record(String key, byte[] value) {
        return new ConsumerRecord<>(Topics.OPINION_REPORTS, 1, 42, key.getBytes(StandardCharsets.UTF_8), value);
    }
}
