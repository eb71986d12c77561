package io.responseledger.intake.report;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.Exchange;
import io.responseledger.intake.testsupport.ProblemBody;
import io.responseledger.intake.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.responseledger.intake.report.ReportJson.valid;
import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP contract of POST /api/v1/reports/batch, with Kafka replaced by {@link RecordingReportPublisher}. */
@MicronautTest(environments = RecordingReportPublisher.ENVIRONMENT)
@Property(name = "ledger.intake.publish-timeout", value = "1s")
@Property(name = "ledger.rate-limit.enabled", value = "false")
class ReportBatchEndpointTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    RecordingReportPublisher publisher;

    @Inject
    ObjectMapper objectMapper;

    @BeforeEach
    void resetPublisher() {
        publisher.reset();
    }

    @Test
    void itemWithAWrongTypeIsRejectedAloneNamingItsField() throws Exception {
        Map<String, Object> wrongType = valid();
        wrongType.put("engagement", Map.of("likes", "很多"));

        HttpResponse<?> response = send(List.of(valid(), wrongType, "not an object"), Tokens.forRole(Roles.MONITOR));

        assertThat(response.code()).isEqualTo(200);
        Map<String, Object> body = objectMapper.readValue(Exchange.body(response), Map.class);
        assertThat(body).containsEntry("accepted", 1).containsEntry("rejected", 2);
        assertThat(Exchange.body(response))
                .contains("{\"field\":\"reports[1].engagement.likes\"")
                .contains("{\"field\":\"reports[2]\"");
        assertThat(publisher.acknowledged()).hasSize(1);
    }

    @Test
    void moreThanAThousandItemsIsRefusedNamingReports() {
        List<Object> items = new ArrayList<>(Collections.nCopies(1001, Map.of("title", "x")));

        HttpResponse<?> response = send(items, Tokens.forRole(Roles.MONITOR));

        assertThat(response.code()).isEqualTo(400);
        ProblemBody problem = ProblemBody.of(response, objectMapper);
        assertThat(problem.violatedFields()).containsExactly("reports");
        assertThat(problem.messageFor("reports")).contains("1000", "1001");
        assertThat(publisher.acknowledged()).isEmpty();
    }

    @Test
    void emptyBatchIsRefusedNamingReports() {
        HttpResponse<?> response = send(List.of(), Tokens.forRole(Roles.MONITOR));

        assertThat(response.code()).isEqualTo(400);
        assertThat(ProblemBody.of(response, objectMapper).violatedFields()).containsExactly("reports");
    }

    @Test
    void kafkaFailingMakesTheWholeBatch503WithRetryAfterAndNoItemAccepted() {
        publisher.behave(RecordingReportPublisher.Behaviour.FAIL);

        HttpResponse<?> response = send(List.of(valid(), valid()), Tokens.forRole(Roles.MONITOR));

        assertThat(response.code()).isEqualTo(503);
        assertThat(response.getHeaders().get(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(Exchange.body(response)).doesNotContain("ACCEPTED");
    }

    @Test
    void kafkaNeverAnsweringMakesTheBatch503WithinThePublishTimeout() {
        publisher.behave(RecordingReportPublisher.Behaviour.NEVER_ANSWER);
        long start = System.nanoTime();

        HttpResponse<?> response = send(List.of(valid(), valid(), valid()), Tokens.forRole(Roles.MONITOR));

        assertThat(response.code()).isEqualTo(503);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void batchNeedsAToken() {
        assertThat(send(List.of(valid()), null).code()).isEqualTo(401);
    }

    @Test
    void batchIsForMonitorsOnly() {
        assertThat(send(List.of(valid()), Tokens.forRole(Roles.HOTLINE)).code()).isEqualTo(403);
        assertThat(send(List.of(valid()), Tokens.forRole("LEADER")).code()).isEqualTo(403);
        assertThat(publisher.acknowledged()).isEmpty();
    }

    private HttpResponse<?> send(List<?> items, String token) {
        var request = HttpRequest.POST("/api/v1/reports/batch", ReportJson.write(objectMapper, Map.<String, Object>of("reports", items)))
                .contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.bearerAuth(token);
        }
        return Exchange.send(client, request);
    }
}
