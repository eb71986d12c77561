package io.responseledger.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.search.CaseEvents;
import io.responseledger.search.TestIndices;
import io.responseledger.search.indexing.CaseIndex;
import io.responseledger.search.problem.Problem;
import io.responseledger.search.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Search against the real local Elasticsearch node, with documents written by the real indexer. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT implements TestPropertyProvider {

    private static final String LEADER = TestTokens.forRole("LEADER");

    private final String prefix = TestIndices.newPrefix();

    private final UUID wageCase = UUID.randomUUID();
    private final UUID wageResponse = UUID.randomUUID();
    private final UUID apartCase = UUID.randomUUID();
    private final UUID propertyCase = UUID.randomUUID();
    private final UUID hotlineCase = UUID.randomUUID();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CaseIndex index;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "ledger.search.index.prefix", prefix,
                "ledger.search.consumer.enabled", "false",
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void indexCases() throws Exception {
        index.write(CaseEvents.responded(wageCase, wageResponse, 5,
                "某工地拖欠工资三个月", "农民工反映工地拖欠工资，多次讨要无果。",
                "已责令施工单位限期结清拖欠工资，并对其立案调查。", "4月30日前结清全部拖欠工资"));
        index.write(CaseEvents.opened(apartCase, 2,
                "小区夜间施工噪音扰民", "施工单位在工作日夜间施工，维修资金使用也不透明。"));
        index.write(CaseEvents.opened(propertyCase, 3,
                "物业公司拖欠保安工资", "物业公司已两个月未发保安工资。"));
        index.write(CaseEvents.opened(hotlineCase, 4,
                "12345热线反映PM2.5超标", "3号楼附近工厂排放，PM2.5读数很高。"));
        TestIndices.refresh(elasticsearch, prefix);
    }

    @AfterAll
    void deleteIndices() throws IOException {
        TestIndices.delete(elasticsearch, prefix);
    }

    @Test
    void chineseWordMatchesOnlyWhereItsCharactersStandTogether() {
        SearchPage page = search("工资");

        assertThat(caseIds(page)).contains(wageCase.toString(), propertyCase.toString())
                .doesNotContain(apartCase.toString());
        // The apart case holds both 工 and 资, just not side by side.
        assertThat(caseIds(search("工 资"))).contains(apartCase.toString());
    }

    @Test
    void excludedWordRemovesItsMatches() {
        SearchPage page = search("工资 -物业");

        assertThat(caseIds(page)).containsOnly(wageCase.toString());
        assertThat(page.hits()).extracting(SearchPage.Hit::kind).containsExactlyInAnyOrder("CASE", "RESPONSE");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void everyPartMustMatch() {
        assertThat(caseIds(search("工资 保安"))).containsOnly(propertyCase.toString());
        assertThat(search("工资 不存在的词").hits()).isEmpty();
    }

    @Test
    void quotedPhraseAndMixedChineseLatinDigitPartsMatch() {
        // 物业公司拖欠保安工资 has both words, but not as the phrase 拖欠工资.
        assertThat(caseIds(search("\"拖欠 工资\""))).containsOnly(wageCase.toString());
        assertThat(caseIds(search("12345热线"))).containsOnly(hotlineCase.toString());
        assertThat(caseIds(search("PM2.5 3号楼"))).containsOnly(hotlineCase.toString());
    }

    @Test
    void responseHitShowsItsCaseAndHighlightsTheMatch() {
        SearchPage page = search("结清");

        assertThat(page.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo("RESPONSE");
            assertThat(hit.caseId()).isEqualTo(wageCase.toString());
            assertThat(hit.responseId()).isEqualTo(wageResponse.toString());
            assertThat(hit.title()).isEqualTo("某工地拖欠工资三个月");
            assertThat(hit.topicArea()).isEqualTo("wage-arrears");
            assertThat(hit.status()).isEqualTo("RESPONDED");
            assertThat(hit.leadUnit()).isEqualTo("市人力资源和社会保障局");
            assertThat(hit.score()).isPositive();
            assertThat(hit.highlights().get("text")).singleElement().asString().contains("<em>结清</em>");
            assertThat(hit.highlights().get("commitments")).singleElement().asString().contains("<em>结清</em>");
        });
    }

    @Test
    void caseHitHighlightsTitleAndReportText() {
        SearchPage.Hit hit = search("工资 -物业").hits().stream()
                .filter(h -> h.kind().equals("CASE")).findFirst().orElseThrow();

        assertThat(hit.responseId()).isNull();
        assertThat(hit.highlights().get("title")).containsExactly("某工地拖欠<em>工资</em>三个月");
        assertThat(hit.highlights().get("reportText")).contains("农民工反映工地拖欠<em>工资</em>，多次讨要无果。");
    }

    @Test
    void emptyQueryBrowsesEverythingNewestFirst() {
        SearchPage page = search("");

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.hits()).extracting(SearchPage.Hit::caseId).first().isEqualTo(wageCase.toString());
        assertThat(page.hits()).extracting(SearchPage.Hit::caseId).last().isEqualTo(apartCase.toString());
        assertThat(page.hits()).allSatisfy(hit -> {
            assertThat(hit.score()).isNull();
            assertThat(hit.highlights()).isEmpty();
        });
    }

    @Test
    void pagesSplitTheResults() {
        SearchPage second = get("/api/v1/search?page=1&size=2");

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.hits()).extracting(SearchPage.Hit::caseId)
                .containsExactly(hotlineCase.toString(), propertyCase.toString());
    }

    @Test
    void responseBodyKeepsNullFields() {
        String body = http.toBlocking().retrieve(HttpRequest.GET(searchUri("工资 -物业")).bearerAuth(LEADER));

        assertThat(body).contains("\"responseId\":null").contains("\"query\":\"工资 -物业\"");
    }

    @ParameterizedTest
    @CsvSource({
            "size=0, size",
            "size=101, size",
            "page=-1, page",
            "page=abc, page",
            "page=9999&size=100, page"
    })
    void badParameterIsAnsweredWithAProblemNamingIt(String query, String parameter) throws IOException {
        assertProblemNaming(URI.create("/api/v1/search?" + query), parameter);
    }

    @Test
    void overlongQueryIsAnsweredWithAProblemNamingQ() throws IOException {
        assertProblemNaming(searchUri("工".repeat(201)), "q");
    }

    @Test
    void healthIsUpWithoutAuthentication() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/health"), String.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    private void assertProblemNaming(URI uri, String parameter) throws IOException {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(LEADER), String.class));

        assertThat(e).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        Problem problem = json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Problem.class);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly(parameter);
        assertThat(problem.detail()).isNotBlank();
    }

    private SearchPage search(String q) {
        return http.toBlocking().retrieve(HttpRequest.GET(searchUri(q)).bearerAuth(LEADER), SearchPage.class);
    }

    private SearchPage get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(LEADER), SearchPage.class);
    }

    private static URI searchUri(String q) {
        return UriBuilder.of("/api/v1/search").queryParam("q", q).build();
    }

    private static List<String> caseIds(SearchPage page) {
        return page.hits().stream().map(SearchPage.Hit::caseId).distinct().toList();
    }
}
