package io.responseledger.intake.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Severity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Validation of a monitor's submission by the pipeline, without HTTP or Kafka (nothing is published here). */
@MicronautTest(startApplication = false, environments = RecordingReportPublisher.ENVIRONMENT)
class SubmitReportRequestTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-26T01:10:00Z");

    @Inject
    ReportPipeline pipeline;

    @Test
    void completeReportIsValidAndCarriesEveryField() {
        var request = new SubmitReportRequest("食堂饭菜变质", "视频显示某小学食堂饭菜变质", "短视频", "food-drug",
                "https://example.com/v/1", "v-1", OBSERVED.minusSeconds(3600), OBSERVED, "长沙市岳麓区", "家长群小王",
                new EngagementCounts(12L, null, 300L), "较大");

        ReportSubmitted event = pipeline.prepare(Channel.REST, request, null);

        assertThat(event.source()).isEqualTo(ReportSource.SHORT_VIDEO);
        assertThat(event.region()).isEqualTo("长沙市岳麓区");
        assertThat(event.authorHandle()).isEqualTo("家长群小王");
        assertThat(event.engagement().reposts()).isEqualTo(12);
        assertThat(event.engagement().comments()).isZero();
        assertThat(event.engagement().likes()).isEqualTo(300);
        assertThat(event.severity()).isEqualTo(Severity.LARGE);
        assertThat(event.topicArea()).isEqualTo("food-drug");
        assertThat(event.topicSuggestion().decidedBy()).isEqualTo("MONITOR");
    }

    @ParameterizedTest(name = "source \"{0}\" is {1}")
    @CsvSource({"微博, WEIBO", "weibo, WEIBO", "微信, WECHAT", "新闻网站, NEWS", "论坛, FORUM", "短视频, SHORT_VIDEO",
            "SHORT_VIDEO, SHORT_VIDEO", "其他, OTHER"})
    void sourcePlatformIsTakenByCodeOrChineseName(String word, ReportSource expected) {
        var request = new SubmitReportRequest("标题", "正文", word, null, null, null, null, OBSERVED);

        assertThat(pipeline.prepare(Channel.REST, request, null).source()).isEqualTo(expected);
    }

    @Test
    void stringsAreTrimmedIncludingIdeographicAndNoBreakSpaces() {
        var request = new SubmitReportRequest("\u3000标题\u00a0", "\n正文 ", "WEIBO", " housing ",
                " https://example.com ", "\t42 ", null, OBSERVED);

        assertThat(request.title()).isEqualTo("标题");
        assertThat(request.body()).isEqualTo("正文");
        assertThat(request.topicArea()).isEqualTo("housing");
        assertThat(request.url()).isEqualTo("https://example.com");
        assertThat(request.externalId()).isEqualTo("42");
    }

    @Test
    void blankOptionalFieldsCountAsAbsent() {
        var request = new SubmitReportRequest("标题", "正文", "WEIBO", " ", "", "\u3000", null, OBSERVED);

        assertThat(request.topicArea()).isNull();
        assertThat(request.url()).isNull();
        assertThat(request.externalId()).isNull();
        assertThat(pipeline.prepare(Channel.REST, request, null).topicArea()).isEqualTo("other");
    }

    @Test
    void everyRequiredFieldIsReportedWhenMissing() {
        var request = new SubmitReportRequest(" ", null, null, null, null, null, null, null);

        assertThat(rejectedFields(request)).containsExactly("body", "observedAt", "source", "title");
    }

    @Test
    void limitsApplyToTheNormalisedText() {
        // Markup and full-width characters do not count: the limit is on what is kept.
        var atLimit = new SubmitReportRequest("<b>" + "题".repeat(200) + "</b>", "Ｘ".repeat(20_000), "NEWS",
                null, null, "e".repeat(200), null, OBSERVED);
        var overLimit = new SubmitReportRequest("题".repeat(201), "x".repeat(20_001), "NEWS",
                null, null, "e".repeat(201), null, OBSERVED);

        assertThat(pipeline.prepare(Channel.REST, atLimit, null).title()).hasSize(200);
        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                () -> pipeline.prepare(Channel.REST, overLimit, null));
        assertThat(rejected.errors()).extracting(FieldError::field).containsExactly("body", "externalId", "title");
        assertThat(rejected.errors()).extracting(FieldError::code).containsOnly("too-long");
        assertThat(rejected.errors().get(2).reason()).isEqualTo("不能超过 200 个字符（规范化后为 201 个字符）");
    }

    @Test
    void bodyThatIsOnlyMarkupCountsAsMissing() {
        var request = new SubmitReportRequest("标题", "<p>&nbsp;</p><br/>", "WEIBO", null, null, null, null, OBSERVED);

        assertThat(rejectedFields(request)).containsExactly("body");
    }

    @Test
    void onlyConfiguredTopicAreasAreAccepted() {
        assertThat(pipeline.prepare(Channel.REST, withTopicArea("wage-arrears"), null).topicArea()).isEqualTo("wage-arrears");
        assertThat(rejectedFields(withTopicArea("wage_arrears"))).containsExactly("topicArea");
    }

    @Test
    void unknownSourceSeverityAndNegativeCountsAreRejected() {
        var request = new SubmitReportRequest("标题", "正文", "推特", null, null, null, null, OBSERVED, null, null,
                new EngagementCounts(-1L, 0L, 0L), "很严重");

        assertThat(rejectedFields(request)).containsExactly("engagement.reposts", "severity", "source");
    }

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAreAccepted() {
        assertThat(pipeline.prepare(Channel.REST, withUrl("http://news.example.cn/a?id=1"), null).url()).isNotNull();
        assertThat(pipeline.prepare(Channel.REST, withUrl("HTTPS://weibo.com/123"), null).url()).isNotNull();
        for (String bad : List.of("ftp://example.com", "javascript:alert(1)", "weibo.com/123", "http://", "http://a b")) {
            assertThat(rejectedFields(withUrl(bad))).as(bad).containsExactly("url");
        }
    }

    @Test
    void observedAtMayRunAheadByTheClockSkewButNoMore() {
        Instant now = Instant.now();

        assertThat(pipeline.prepare(Channel.REST, observedAt(now.plus(Duration.ofMinutes(4))), null)).isNotNull();
        assertThat(rejectedFields(observedAt(now.plus(Duration.ofMinutes(10))))).containsExactly("observedAt");
    }

    private List<String> rejectedFields(SubmitReportRequest request) {
        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                () -> pipeline.prepare(Channel.REST, request, null));
        assertThat(rejected).as("a rejection").isNotNull();
        return rejected.errors().stream().map(FieldError::field).toList();
    }

    private static SubmitReportRequest withTopicArea(String topicArea) {
        return new SubmitReportRequest("标题", "正文", "WEIBO", topicArea, null, null, null, OBSERVED);
    }

    private static SubmitReportRequest withUrl(String url) {
        return new SubmitReportRequest("标题", "正文", "WEIBO", null, url, null, null, OBSERVED);
    }

    private static SubmitReportRequest observedAt(Instant observedAt) {
        return new SubmitReportRequest("标题", "正文", "WEIBO", null, null, null, null, observedAt);
    }
}
