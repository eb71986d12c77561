package io.responseledger.intake.report;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Severity;
import io.responseledger.contracts.Topics;
import io.responseledger.intake.security.Roles;
import io.responseledger.intake.testsupport.Tokens;
import io.responseledger.intake.testsupport.TopicProbe;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.responseledger.intake.report.ReportJson.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** POST /api/v1/reports/batch through the real local broker, checked on opinion.reports.v1. */
@MicronautTest
class ReportBatchIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper objectMapper;

    @Value("${kafka.bootstrap.servers}")
    String bootstrapServers;

    TopicProbe topic;

    @BeforeEach
    void openProbe() {
        topic = new TopicProbe(bootstrapServers, Topics.OPINION_REPORTS);
    }

    @AfterEach
    void closeProbe() {
        topic.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchAcceptsTheGoodItemsNormalisedAndRejectsTheBadOneAlone() throws Exception {
        String marker = "IT-" + UUID.randomUUID();
        Map<String, Object> pasted = valid();
        pasted.put("title", "<b>" + marker + "</b>\u3000ＸＸ区安置房\n拖欠工资");
        pasted.put("body", "<div>工人堵门讨薪，已三个月未发工资<br>联系电话：１３９１２３４５６７８&nbsp;&nbsp;</div><p>求扩散</p>");
        pasted.put("source", "微博");
        pasted.put("externalId", "weibo-" + UUID.randomUUID());
        pasted.put("region", "长沙市\u3000岳麓区");
        pasted.put("authorHandle", "城南小李");
        pasted.put("engagement", Map.of("reposts", 120, "comments", 45, "likes", 300));
        pasted.put("severity", "较大");
        pasted.put("topicArea", "wage-arrears");
        Map<String, Object> missingTitle = valid();
        missingTitle.remove("title");
        missingTitle.put("body", marker + " 缺少标题");
        Map<String, Object> forum = valid();
        forum.put("title", marker + " 小区垃圾站臭味扰民");
        forum.put("source", "论坛");

        HttpResponse<Map<String, Object>> response = post(Map.of("reports", List.of(pasted, missingTitle, forum)));

        assertThat(response.code()).isEqualTo(200);
        Map<String, Object> body = response.body();
        assertThat(body).containsEntry("accepted", 2).containsEntry("rejected", 1);
        List<Map<String, Object>> results = (List<Map<String, Object>>) body.get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0)).containsEntry("index", 0).containsEntry("status", "ACCEPTED").containsKey("reportId")
                .doesNotContainKey("errors");
        assertThat(results.get(1)).containsEntry("index", 1).containsEntry("status", "REJECTED")
                .doesNotContainKey("reportId");
        assertThat((List<Map<String, Object>>) results.get(1).get("errors"))
                .singleElement().satisfies(error -> assertThat(error).containsEntry("field", "reports[1].title")
                        .containsKey("reason"));
        assertThat(results.get(2)).containsEntry("status", "ACCEPTED");

        String pastedId = (String) results.get(0).get("reportId");
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsWithKey(pastedId)).hasSize(1));
        ReportSubmitted event = event(topic.recordsWithKey(pastedId).get(0));
        assertThat(event.title()).isEqualTo(marker + " XX区安置房 拖欠工资");
        assertThat(event.body()).isEqualTo("工人堵门讨薪，已三个月未发工资\n联系电话：139****5678\n求扩散");
        assertThat(event.personalData().phones()).containsExactly("13912345678");
        assertThat(event.source()).isEqualTo(ReportSource.WEIBO);
        assertThat(event.region()).isEqualTo("长沙市 岳麓区");
        assertThat(event.authorHandle()).isEqualTo("城南小李");
        assertThat(event.engagement().total()).isEqualTo(465);
        assertThat(event.severity()).isEqualTo(Severity.LARGE);
        assertThat(event.topicArea()).isEqualTo("wage-arrears");
        assertThat(event.topicSuggestion().decidedBy()).isEqualTo("MONITOR");
        String forumId = (String) results.get(2).get("reportId");
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsWithKey(forumId)).hasSize(1));
        assertThat(event(topic.recordsWithKey(forumId).get(0)).source()).isEqualTo(ReportSource.FORUM);
        assertThat(topic.recordsContaining("缺少标题")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchSentAgainUnderTheSameIdempotencyKeyGivesTheSameIds() {
        String key = "batch-" + UUID.randomUUID();
        Map<String, Object> first = valid();
        first.put("title", "IT 重复批次 一");
        Map<String, Object> second = valid();
        second.put("title", "IT 重复批次 二");
        Map<String, Object> batch = Map.of("reports", List.of(first, second));

        List<Object> ids = ((List<Map<String, Object>>) postWithKey(batch, key).body().get("results")).stream()
                .map(result -> result.get("reportId")).toList();
        List<Object> again = ((List<Map<String, Object>>) postWithKey(batch, key).body().get("results")).stream()
                .map(result -> result.get("reportId")).toList();

        assertThat(ids).doesNotHaveDuplicates().doesNotContainNull().isEqualTo(again);
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(topic.recordsWithKey((String) ids.get(0))).hasSize(2));
    }

    private HttpResponse<Map<String, Object>> post(Map<String, Object> batch) {
        return postWithKey(batch, null);
    }

    private HttpResponse<Map<String, Object>> postWithKey(Map<String, Object> batch, String key) {
        var request = HttpRequest.POST("/api/v1/reports/batch", batch)
                .bearerAuth(Tokens.forRole(Roles.MONITOR))
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
    }

    private ReportSubmitted event(ConsumerRecord<String, String> record) throws IOException {
        return objectMapper.readValue(record.value(), ReportSubmitted.class);
    }
}
