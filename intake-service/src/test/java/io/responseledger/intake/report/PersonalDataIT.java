package io.responseledger.intake.report;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.LoggingSystem;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.CapturedOutput;
import io.responseledger.intake.testsupport.Tokens;
import io.responseledger.intake.testsupport.TopicProbe;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.responseledger.intake.report.ReportJson.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report with a mobile number and an ID-card number in its text, through the real broker: the text on
 * opinion.reports.v1 holds only masked forms, the originals travel only in personalData, and the log of the
 * request, at DEBUG, holds neither.
 */
@MicronautTest
class PersonalDataIT {

    private static final String MOBILE = "13912345678";
    private static final String ID_NUMBER = "110105199001011232";
    private static final String EMAIL = "wang.it@example.com";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    LoggingSystem loggingSystem;

    @Value("${kafka.bootstrap.servers}")
    String bootstrapServers;

    TopicProbe topic;

    @BeforeEach
    void openProbe() {
        topic = new TopicProbe(bootstrapServers, Topics.OPINION_REPORTS);
    }

    @AfterEach
    void closeProbeAndRestoreLogLevels() {
        topic.close();
        loggingSystem.setLogLevel("ROOT", LogLevel.INFO);
    }

    @Test
    void personalDataIsMaskedInTheTextOnTheTopicKeptApartAndNeverLogged() throws Exception {
        String marker = "IT-" + UUID.randomUUID();
        Map<String, Object> report = valid();
        report.put("title", marker + " 网友求助：电话" + MOBILE);
        report.put("body", "当事人电话139-1234-5678，身份证号" + ID_NUMBER + "，邮箱" + EMAIL + "，工资被拖欠三个月。");
        // Whatever a library would print at DEBUG about this request must not hold the numbers either.
        loggingSystem.setLogLevel("ROOT", LogLevel.DEBUG);

        String log;
        String reportId;
        ConsumerRecord<String, String> record;
        try (CapturedOutput output = CapturedOutput.start()) {
            HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(
                    HttpRequest.POST("/api/v1/reports", ReportJson.write(objectMapper, report))
                            .contentType(MediaType.APPLICATION_JSON).bearerAuth(Tokens.forRole(Roles.MONITOR)),
                    Argument.mapOf(String.class, Object.class));
            assertThat(response.code()).isEqualTo(202);
            reportId = (String) response.body().get("reportId");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(topic.recordsWithKey(reportId)).hasSize(1));
            record = topic.recordsWithKey(reportId).get(0);
            log = output.text();
        }

        ReportSubmitted event = objectMapper.readValue(record.value(), ReportSubmitted.class);
        assertThat(event.title()).isEqualTo(marker + " 网友求助：电话139****5678");
        assertThat(event.body()).isEqualTo("当事人电话139****5678，身份证号110105********1232，邮箱w***@example.com，工资被拖欠三个月。");
        assertThat(event.personalData().phones()).containsExactly(MOBILE);
        assertThat(event.personalData().idNumbers()).containsExactly(ID_NUMBER);
        assertThat(event.personalData().emails()).containsExactly(EMAIL);

        // On the wire, the full numbers are in personalData and nowhere else.
        Map<String, Object> raw = new HashMap<>(objectMapper.readValue(record.value(), Argument.mapOf(String.class, Object.class)));
        assertThat(raw.remove("personalData")).isNotNull();
        assertThat(objectMapper.writeValueAsString(raw)).doesNotContain(MOBILE, "1391234", ID_NUMBER, "19900101", EMAIL);

        assertThat(log).as("the captured log is that of this request").contains("reportId=" + reportId);
        assertThat(log).doesNotContain(MOBILE, "139-1234-5678", "1391234", ID_NUMBER, "19900101", EMAIL, marker);
    }
}
