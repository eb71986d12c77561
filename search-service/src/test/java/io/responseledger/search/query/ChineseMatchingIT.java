package io.responseledger.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.search.Snapshots;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import io.responseledger.search.index.LedgerIndices;
import io.responseledger.search.indexing.CaseIndex;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chinese matching rules of docs/search.md against the real node with the standard analyzer: Chinese runs
 * match as phrases, Latin words and numbers as whole words, every part must match, quotes and exclusions work,
 * and query syntax typed by a user is only ever text. Here Chinese runs are matched on the character-pair
 * sub-fields, as by default; {@link ChineseMatchingOnTextsIT} checks that the same rules give the same hits when
 * every phrase is matched on the texts themselves.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseMatchingIT implements TestPropertyProvider {

    private static final String LEADER = TestTokens.forRole("LEADER");

    private final String prefix = TestIndices.newPrefix();
    private final Map<String, UUID> cases = new LinkedHashMap<>();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CaseIndex index;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    LedgerIndices indices;

    /** Whether Chinese runs are matched on the character-pair sub-fields in this class. */
    boolean pairPhrases() {
        return true;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ledger.search.index.prefix", prefix,
                "ledger.search.index.pair-phrases", Boolean.toString(pairPhrases()),
                "ledger.search.consumer.enabled", "false",
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void indexCases() throws Exception {
        add("titled", "工资拖欠问题投诉", "某公司工资拖欠三个月。", "2024-03-01T02:00:00Z");
        add("apart", "关于工资发放的咨询", "工资按月发放，但年终奖一直拖欠。", "2024-03-02T02:00:00Z");
        add("hotline", "热线反映空气问题", "市民拨打12345热线反映PM2.5超标，3号楼附近尤为严重。", "2024-03-03T02:00:00Z");
        add("lookalike", "噪音投诉", "123456热线号码有误，13号楼PM25数值无人公布。", "2024-03-04T02:00:00Z");
        add("property", "物业公司拖欠工资", "物业公司工资拖欠两个月。", "2024-03-05T02:00:00Z");
        add("bodyOnly", "劳动纠纷", "工资拖欠已久，仍未解决。", "2024-03-06T02:00:00Z");
        add("latin", "Air quality complaint", "Smoke and air pollution near the plant.", "2024-03-07T02:00:00Z");
        UUID promised = UUID.randomUUID();
        cases.put("promised", promised);
        index.write(Snapshots.of(promised).title("工地欠薪").opened("2024-03-08T02:00:00Z")
                .report("工人反映工地欠薪。", "2024-03-08T02:00:00Z")
                .response(Snapshots.response(UUID.randomUUID(), "已责成施工单位处理。", "WEBSITE", "市人社局",
                        "2024-03-09T02:00:00Z", "PUBLIC",
                        Snapshots.commitment("月底前足额发放全部欠薪", "市人社局", LocalDate.parse("2024-03-31"), "OPEN")))
                .event(CaseEventType.RESPONSE_RECORDED, 2));
        TestIndices.refresh(elasticsearch, prefix);
    }

    @AfterAll
    void deleteIndices() throws IOException {
        TestIndices.delete(elasticsearch, prefix);
    }

    @Test
    void theMatchingPathIsTheOneThisClassChecks() {
        assertThat(indices.pairFieldsSearchable()).isEqualTo(pairPhrases());
    }

    @Test
    void commitmentTextIsSearchedAndHighlightedToo() {
        SearchPage page = search("足额发放");

        assertThat(page.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo("RESPONSE");
            assertThat(nameOf(hit.caseId())).isEqualTo("promised");
            assertThat(hit.highlights().get("commitments")).singleElement().asString().contains("<em>足额发放</em>");
        });
        assertThat(names("额发放全")).containsExactly("promised");
        assertThat(names("发放足额")).isEmpty();
    }

    @Test
    void chineseRunMatchesOnlyWhereItsCharactersStandTogetherInOrder() {
        assertThat(names("工资拖欠")).containsExactlyInAnyOrder("titled", "property", "bodyOnly");
        // 拖欠工资 is another phrase: only the property case says it that way round.
        assertThat(names("拖欠工资")).containsExactly("property");
    }

    @Test
    void spaceAsksForSeparateWordsThatMustAllMatch() {
        assertThat(names("工资 拖欠")).containsExactlyInAnyOrder("titled", "apart", "property", "bodyOnly");
        assertThat(names("工资 年终奖")).containsExactly("apart");
        assertThat(names("工资 不存在")).isEmpty();
    }

    @Test
    void numbersAndLatinWordsMatchWholeWordsInsideMixedParts() {
        assertThat(names("12345热线")).containsExactly("hotline");
        assertThat(names("123456热线")).containsExactly("lookalike");
        assertThat(names("PM2.5")).containsExactly("hotline");
        assertThat(names("pm2.5")).containsExactly("hotline");
        assertThat(names("PM25")).containsExactly("lookalike");
        assertThat(names("3号楼")).containsExactly("hotline");
        assertThat(names("13号楼")).containsExactly("lookalike");
        assertThat(names("12345热线 PM2.5 3号楼")).containsExactly("hotline");
        assertThat(names("air quality")).containsExactly("latin");
        assertThat(names("qual")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"工资拖欠 -物业", "工资拖欠　－物业", "-物业 工资拖欠"})
    void excludedWordRemovesEveryHitThatHasIt(String q) {
        assertThat(names(q)).containsExactlyInAnyOrder("titled", "bodyOnly");
    }

    @Test
    void quotedPartIsOnePhraseEvenWithSpacesInside() {
        assertThat(names("\"工资 拖欠\"")).containsExactlyInAnyOrder("titled", "property", "bodyOnly");
        assertThat(names("“工资 拖欠” -“物业 公司”")).containsExactlyInAnyOrder("titled", "bodyOnly");
        assertThat(names("\"air quality\"")).containsExactly("latin");
        assertThat(names("\"quality air\"")).isEmpty();
    }

    @Test
    void titleMatchOutranksReportTextMatchAndEveryHitIsHighlighted() {
        SearchPage page = search("工资拖欠 -物业");

        assertThat(page.hits()).extracting(h -> nameOf(h.caseId())).containsExactly("titled", "bodyOnly");
        assertThat(page.hits().get(0).score()).isGreaterThan(page.hits().get(1).score());
        assertThat(page.hits().get(0).highlights().get("title")).containsExactly("<em>工资拖欠</em>问题投诉");
        assertThat(page.hits().get(1).highlights().get("reportText")).singleElement().asString()
                .contains("<em>工资拖欠</em>已久");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:工资 AND (拖欠", "工资拖欠 OR 物业", "{\"match_all\":{}}", "工资~2 拖欠^10"})
    void querySyntaxIsOnlyEverText(String q) {
        // Answered (no 400/500), and never widened by the syntax: OR, AND, field names are words that must match.
        assertThat(search(q).total()).isLessThan(cases.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "\\\"", "/.*/", "( )"})
    void partsWithoutLetterOrDigitAreIgnoredSoTheSearchBrowses(String q) {
        // Every case, and the one response.
        assertThat(search(q).total()).isEqualTo(cases.size() + 1);
    }

    private void add(String name, String title, String body, String at) throws Exception {
        UUID id = UUID.randomUUID();
        cases.put(name, id);
        index.write(Snapshots.of(id).title(title).opened(at).report(body, at).event(CaseEventType.CASE_OPENED, 1));
    }

    private List<String> names(String q) {
        return search(q).hits().stream().map(h -> nameOf(h.caseId())).distinct().toList();
    }

    private String nameOf(String caseId) {
        return cases.entrySet().stream().filter(e -> e.getValue().toString().equals(caseId))
                .map(Map.Entry::getKey).findFirst().orElse(caseId);
    }

    private SearchPage search(String q) {
        return http.toBlocking().retrieve(HttpRequest.GET(UriBuilder.of("/api/v1/search").queryParam("q", q)
                .queryParam("size", "50").build()).bearerAuth(LEADER), SearchPage.class);
    }
}
