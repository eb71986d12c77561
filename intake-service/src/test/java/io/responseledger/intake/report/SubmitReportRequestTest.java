package io.responseledger.intake.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.validation.validator.Validator;
import io.responseledger.contracts.ReportSource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Validation of a submission on its own, without HTTP or Kafka. */
@MicronautTest(startApplication = false)
class SubmitReportRequestTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T01:10:00Z");

    @Inject
    Validator validator;

    @Test
    void completeReportIsValid() {
        var request = new SubmitReportRequest("食堂饭菜变质", "视频显示某小学食堂饭菜变质", ReportSource.SHORT_VIDEO,
                "food-drug", "https://example.com/v/1", "v-1", OBSERVED.minusSeconds(3600), OBSERVED);

        assertThat(validator.validate(request)).isEmpty();
    }

    @Test
    void stringsAreTrimmedIncludingIdeographicAndNoBreakSpaces() {
        var request = new SubmitReportRequest("\u3000标题\u00a0", "\n正文 ", ReportSource.WEIBO, " housing ",
                " https://example.com ", "\t42 ", null, OBSERVED);

        assertThat(request.title()).isEqualTo("标题");
        assertThat(request.body()).isEqualTo("正文");
        assertThat(request.topicArea()).isEqualTo("housing");
        assertThat(request.url()).isEqualTo("https://example.com");
        assertThat(request.externalId()).isEqualTo("42");
    }

    @Test
    void blankOptionalFieldsCountAsAbsent() {
        var request = new SubmitReportRequest("标题", "正文", ReportSource.WEIBO, " ", "", "\u3000", null, OBSERVED);

        assertThat(request.topicArea()).isNull();
        assertThat(request.url()).isNull();
        assertThat(request.externalId()).isNull();
        assertThat(validator.validate(request)).isEmpty();
    }

    @Test
    void everyRequiredFieldIsReportedWhenMissing() {
        var request = new SubmitReportRequest(" ", null, null, null, null, null, null, null);

        assertThat(fields(validator.validate(request))).containsExactlyInAnyOrder("title", "body", "source", "observedAt");
    }

    @Test
    void limitsApplyToTheTrimmedText() {
        var atLimit = new SubmitReportRequest(" " + "题".repeat(200) + " ", "x".repeat(20_000), ReportSource.NEWS,
                null, null, "e".repeat(200), null, OBSERVED);
        var overLimit = new SubmitReportRequest("题".repeat(201), "x".repeat(20_001), ReportSource.NEWS,
                null, null, "e".repeat(201), null, OBSERVED);

        assertThat(validator.validate(atLimit)).isEmpty();
        assertThat(fields(validator.validate(overLimit))).containsExactlyInAnyOrder("title", "body", "externalId");
    }

    @Test
    void onlyConfiguredTopicAreasAreAccepted() {
        assertThat(validator.validate(withTopicArea("wage-arrears"))).isEmpty();
        assertThat(fields(validator.validate(withTopicArea("wage_arrears")))).containsExactly("topicArea");
    }

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAreAccepted() {
        assertThat(validator.validate(withUrl("http://news.example.cn/a?id=1"))).isEmpty();
        assertThat(validator.validate(withUrl("HTTPS://weibo.com/123"))).isEmpty();
        for (String bad : List.of("ftp://example.com", "javascript:alert(1)", "weibo.com/123", "http://", "http://a b")) {
            assertThat(fields(validator.validate(withUrl(bad)))).as(bad).containsExactly("url");
        }
    }

    @Test
    void observedAtMayRunAheadByTheClockSkewButNoMore() {
        Instant now = Instant.now();

        assertThat(validator.validate(observedAt(now.plus(Duration.ofMinutes(4))))).isEmpty();
        assertThat(fields(validator.validate(observedAt(now.plus(Duration.ofMinutes(10)))))).containsExactly("observedAt");
    }

    private static SubmitReportRequest withTopicArea(String topicArea) {
        return new SubmitReportRequest("标题", "正文", ReportSource.WEIBO, topicArea, null, null, null, OBSERVED);
    }

    private static SubmitReportRequest withUrl(String url) {
        return new SubmitReportRequest("标题", "正文", ReportSource.WEIBO, null, url, null, null, OBSERVED);
    }

    private static SubmitReportRequest observedAt(Instant observedAt) {
        return new SubmitReportRequest("标题", "正文", ReportSource.WEIBO, null, null, null, null, observedAt);
    }

    private static List<String> fields(java.util.Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    }
}
