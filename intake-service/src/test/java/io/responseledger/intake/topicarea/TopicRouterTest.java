package io.responseledger.intake.topicarea;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicRouterTest {

    private static final TopicAreas DEFAULT_AREAS = new TopicAreas(TaxonomySource.defaults().load());
    private static final TopicRouter ROUTER = new TopicRouter(DEFAULT_AREAS, ScoringSettings.DEFAULTS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                              | body                                                                   | routed                    | decided by
            工地拖欠农民工工资半年                  | 包工头说总包没拨款，工人过年回家的钱都没有。                                   | wage-arrears              | SUGGESTION
            小区物业擅自上调物业费                  | 物业公司没有召开业主大会就贴出通知涨价。                                       | housing                   | SUGGESTION
            化工厂夜间偷排废水                     | 河水发黑，有刺鼻气味，鱼都死了。                                             | environment               | SUGGESTION
            超市过期牛奶仍在销售                    | 买回家才发现已经过期一周。                                                  | food-drug                 | SUGGESTION
            孩子上不了对口小学                     | 片区内业主被告知学位已满。                                                  | education-medical-elderly | SUGGESTION
            消防通道长期被私家车占用                 | 万一发生火灾消防车开不进来。                                                 | work-safety               | SUGGESTION
            残疾人申请低保被拒                     | 没有劳动能力，申请两次都没通过。                                              | livelihood                | SUGGESTION
            小区封控买菜难                        | 核酸检测每天一次，团购进不来。                                               | epidemic                  | SUGGESTION
            食用油限购引发抢购                     | 想知道本地粮油储备是否充足。                                                 | grain-oil                 | SUGGESTION
            建议增开一条公交线路                    | 新区到高铁站没有直达公交。                                                  | other                     | SUGGESTION
            请领导关注一下我们反映的事情              | 已经多次打电话，一直没有答复。                                               | other                     | FALLBACK
            """)
    void routesPlainReportsToTheirTopicArea(String title, String body, String routed, String decidedBy) {
        RoutedTopic result = ROUTER.route(null, title, body);

        assertThat(result.topicArea()).isEqualTo(routed);
        assertThat(result.suggestion().decidedBy()).isEqualTo(decidedBy);
    }

    @Test
    void theMonitorsAreaAlwaysWinsButTheSuggestionIsStillReported() {
        RoutedTopic result = ROUTER.route("food-drug", "工地拖欠农民工工资半年", "包工头拖欠工资不给。");

        assertThat(result.topicArea()).isEqualTo("food-drug");
        assertThat(result.suggestion().decidedBy()).isEqualTo("MONITOR");
        assertThat(result.suggestion().suggestedArea()).isEqualTo("wage-arrears");
        assertThat(result.suggestion().confidence()).isGreaterThan(0.5);
    }

    @Test
    void lowConfidenceRoutesToOtherYetReportsTheSuggestedArea() {
        // One weak hint (电线, weight 1) in the body only: score 1, confidence 1 * 1/(1+4) = 0.2 < 0.3.
        RoutedTopic result = ROUTER.route(null, "请尽快处理", "楼下有几根电线挂在树上。");

        assertThat(result.topicArea()).isEqualTo("other");
        assertThat(result.suggestion().decidedBy()).isEqualTo("FALLBACK");
        assertThat(result.suggestion().suggestedArea()).isEqualTo("work-safety");
        assertThat(result.suggestion().confidence()).isEqualTo(0.2);
        assertThat(result.suggestion().matchedTerms()).containsExactly("电线");
    }

    @Test
    void nothingMatchedMeansNoSuggestedAreaAndZeroConfidence() {
        RoutedTopic result = ROUTER.route(null, "", "你好，请回复。");

        assertThat(result.topicArea()).isEqualTo("other");
        assertThat(result.suggestion().suggestedArea()).isNull();
        assertThat(result.suggestion().confidence()).isZero();
        assertThat(result.suggestion().matchedTerms()).isEmpty();
        assertThat(result.suggestion().decidedBy()).isEqualTo("FALLBACK");
    }

    @Test
    void matchedTermsAreTheSuggestedAreasTermsStrongestFirst() {
        // In title (x2) and body (+1): 拖欠工资 3 -> 9, 工资 2 -> 6, 拖欠 2 -> 6 (equal: by term); body only: 农民工 2.
        RoutedTopic result = ROUTER.route(null, "拖欠工资", "项目拖欠工资，农民工很着急。");

        assertThat(result.suggestion().matchedTerms()).containsExactly("拖欠工资", "工资", "拖欠", "农民工");
    }

    @Test
    void aTermInTheTitleOutweighsAStrongerOneInTheBody() {
        var areas = areas(area("a", "甲", "噪音", 2), area("b", "乙", "装修", 3), area("other", "其他"));
        var router = new TopicRouter(areas, ScoringSettings.DEFAULTS);

        // a: 2 x title weight 2 = 4; b: 3 x 1 = 3.
        assertThat(router.route(null, "夜间噪音", "楼上装修").suggestion().suggestedArea()).isEqualTo("a");
        // Both in the body: a 2, b 3.
        assertThat(router.route(null, "", "夜间噪音，楼上装修").suggestion().suggestedArea()).isEqualTo("b");
    }

    @Test
    void confidenceFollowsTheDocumentedFormula() {
        var areas = areas(area("a", "甲", "噪音", 2), area("b", "乙", "装修", 3), area("other", "其他"));
        var router = new TopicRouter(areas, new ScoringSettings(2, 4, 0.3));

        // s1 = 4 (a), S = 4 + 3: (4/7) * (4/(4+4)) = 0.2857...
        assertThat(router.route(null, "夜间噪音", "楼上装修").suggestion().confidence()).isEqualTo(0.286);
        // Alone: (6/6) * (6/(6+4)) = 0.6 (in title and body: 2 x (2 + 1)).
        assertThat(router.route(null, "噪音", "噪音").suggestion().confidence()).isEqualTo(0.6);
    }

    @Test
    void fullWidthLettersDigitsAndSpacesAreMatchedAsHalfWidth() {
        var areas = areas(area("air", "空气", "pm2.5", 3), area("wage", "工资", "拖欠工资", 3), area("other", "其他"));
        var router = new TopicRouter(areas, ScoringSettings.DEFAULTS);

        assertThat(router.route(null, "ＰＭ２．５又超标了", "").suggestion().suggestedArea()).isEqualTo("air");
        assertThat(router.route(null, "", "老板拖欠　工资").suggestion().matchedTerms()).containsExactly("拖欠工资");
    }

    @Test
    void anExcludedTermLowersItsAreasScore() {
        var drill = new TopicArea("safety", "安全", null, List.of(new Keyword("消防", 3)),
                List.of(new Keyword("演练", 3)));
        var router = new TopicRouter(areas(drill, area("other", "其他")), ScoringSettings.DEFAULTS);

        assertThat(router.route(null, "消防通道堵塞", "").suggestion().suggestedArea()).isEqualTo("safety");
        assertThat(router.route(null, "消防演练通知", "").suggestion().suggestedArea()).isNull();
    }

    @Test
    void onATieTheAreaListedFirstWins() {
        var areas = areas(area("first", "一", "投诉", 2), area("second", "二", "投诉", 2), area("other", "其他"));

        assertThat(new TopicRouter(areas, ScoringSettings.DEFAULTS).route(null, "投诉", "").suggestion().suggestedArea())
                .isEqualTo("first");
    }

    private static TopicArea area(String code, String name, Object... termsAndWeights) {
        List<Keyword> keywords = new java.util.ArrayList<>();
        for (int i = 0; i < termsAndWeights.length; i += 2) {
            keywords.add(new Keyword((String) termsAndWeights[i], ((Number) termsAndWeights[i + 1]).doubleValue()));
        }
        return new TopicArea(code, name, null, keywords, List.of());
    }

    private static TopicAreas areas(TopicArea... areas) {
        return new TopicAreas(new Taxonomy("test", List.of(areas)));
    }
}
