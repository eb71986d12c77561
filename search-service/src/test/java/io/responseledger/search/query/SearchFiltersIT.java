package io.responseledger.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.Severity;
import io.responseledger.search.Snapshots;
import io.responseledger.search.TestIndices;
import io.responseledger.search.TestTokens;
import io.responseledger.search.indexing.CaseIndex;
import io.responseledger.search.problem.Problem;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Filters, facets, orders and search_after paging over five cases and three responses with every leader
 * field set, and what each role may see.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFiltersIT implements TestPropertyProvider {

    private static final String LEADER = TestTokens.forRole("LEADER");
    private static final String MONITOR = TestTokens.forRole("MONITOR");
    private static final String SUPERVISOR = TestTokens.forRole("SUPERVISOR");

    private final String prefix = TestIndices.newPrefix();
    /** Name in this test → document id ("CASE:uuid" / "RESPONSE:uuid"). */
    private final Map<String, String> docs = new LinkedHashMap<>();

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
        UUID w1 = id("W1");
        UUID rw1 = responseId("RW1");
        index.write(Snapshots.of(w1).title("某工地拖欠工资").topicArea("wage-arrears").status("RESPONDED")
                .leadUnit("市人社局").coUnits("区总工会").region("330102").severity(Severity.LARGE)
                .opened("2024-03-01T02:00:00Z").updated("2024-03-06T02:00:00Z")
                .report("工人三个月未领工资", "2024-03-01T01:00:00Z")
                .response(Snapshots.response(rw1, "已责令限期结清工资", "政府网站", "市人社局", "2024-03-05T02:00:00Z",
                        "PUBLIC", Snapshots.commitment("4月30日前结清", "市人社局", LocalDate.parse("2024-04-30"), "OPEN")))
                .event(CaseEventType.RESPONSE_RECORDED, 4));
        index.write(Snapshots.of(id("W2")).title("装修公司欠薪").topicArea("wage-arrears").status("ASSIGNED")
                .leadUnit("市住建局").region("330105").severity(Severity.GENERAL)
                .opened("2024-03-10T02:00:00Z").updated("2024-03-12T02:00:00Z")
                .report("装修工人讨薪", "2024-03-10T02:00:00Z")
                .responseDue(Instant.parse("2024-03-12T02:00:00Z"), true)
                .event(CaseEventType.CASE_OVERDUE, 3));
        index.write(Snapshots.of(id("P1")).title("物业费上涨").topicArea("property").status("RESPONDED")
                .leadUnit("市住建局").region("330102").severity(Severity.MAJOR)
                .opened("2024-02-01T02:00:00Z").updated("2024-02-10T03:00:00Z")
                .report("小区物业费上涨三成", "2024-02-01T02:00:00Z")
                .response(Snapshots.response(responseId("RP1"), "内部掌握：物业费调整暂缓", "内部通报", "市住建局",
                        "2024-02-10T02:00:00Z", "INTERNAL",
                        Snapshots.commitment("二月底前约谈物业", "市住建局", LocalDate.parse("2024-02-28"), "OVERDUE")))
                .event(CaseEventType.COMMITMENT_OVERDUE, 5));
        index.write(Snapshots.of(id("P2")).title("垃圾清运不及时").topicArea("property").status("CLOSED")
                .leadUnit("区城管局").region("330106").severity(Severity.GENERAL)
                .opened("2024-01-15T02:00:00Z").updated("2024-01-31T02:00:00Z").closed("2024-01-31T02:00:00Z")
                .report("垃圾堆放多日", "2024-01-15T02:00:00Z")
                .response(Snapshots.response(responseId("RP2"), "已增加清运频次", "微博", "区城管局",
                        "2024-01-20T02:00:00Z", "PUBLIC",
                        Snapshots.commitment("每日清运两次", "区城管局", LocalDate.parse("2024-01-31"), "VERIFIED",
                                true, Instant.parse("2024-01-30T02:00:00Z"), null)))
                .event(CaseEventType.CASE_CLOSED, 6));
        index.write(Snapshots.of(id("M1")).title("工地欠薪（重复）").topicArea("wage-arrears").status("CLOSED")
                .leadUnit("市人社局").region("330102").severity(Severity.LARGE)
                .opened("2024-03-02T02:00:00Z").updated("2024-03-03T02:00:00Z").mergedInto(w1)
                .report("同一工地欠薪", "2024-03-02T02:00:00Z")
                .event(CaseEventType.CASE_MERGED_AWAY, 2));
        TestIndices.refresh(elasticsearch, prefix);
    }

    @AfterAll
    void deleteIndices() throws IOException {
        TestIndices.delete(elasticsearch, prefix);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "topicArea=property                               | P1 RP1 P2 RP2",
            "unit=区总工会                                     | W1",
            "unit=市住建局                                     | W2 P1 RP1",
            "unit=区总工会,区城管局                             | W1 P2 RP2",
            "severity=MAJOR                                   | P1 RP1",
            "status=CLOSED                                    | M1 P2 RP2",
            "commitmentStatus=OVERDUE                         | P1 RP1",
            "channel=微博                                      | P2 RP2",
            "region=330102                                    | W1 RW1 M1 P1 RP1",
            "reportedFrom=2024-03-01&reportedTo=2024-03-01    | W1 RW1",
            "respondedFrom=2024-02-01&respondedTo=2024-02-29  | P1 RP1",
            "dueFrom=2024-03-01&dueTo=2024-03-31              | W2",
            "dueFrom=2024-04-30                               | W1 RW1",
            "overdue=true                                     | W2 P1 RP1",
            "kind=RESPONSE                                    | RW1 RP1 RP2",
            "topicArea=wage-arrears&region=330102&kind=CASE   | W1 M1",
            "q=工资&topicArea=wage-arrears                     | W1 RW1"
    })
    void eachFilterNarrowsTheHits(String query, String expected) {
        assertThat(names(get(query, LEADER).hits())).containsExactlyInAnyOrder(expected.split(" "));
    }

    @Test
    void facetsCountEveryValueOverAllHits() {
        SearchPage page = get("size=1", LEADER);

        assertThat(page.total()).isEqualTo(8);
        assertThat(counts(page, "topicArea")).isEqualTo(Map.of("wage-arrears", 4L, "property", 4L));
        assertThat(counts(page, "kind")).isEqualTo(Map.of("CASE", 5L, "RESPONSE", 3L));
        assertThat(counts(page, "channel")).isEqualTo(Map.of("政府网站", 2L, "内部通报", 2L, "微博", 2L));
        assertThat(counts(page, "overdue")).isEqualTo(Map.of("true", 3L, "false", 5L));
        assertThat(counts(page, "severity")).isEqualTo(Map.of("LARGE", 3L, "GENERAL", 3L, "MAJOR", 2L));
        assertThat(counts(page, "unit")).containsEntry("市住建局", 3L).containsEntry("区总工会", 1L);
        assertThat(counts(get("topicArea=property", LEADER), "topicArea")).isEqualTo(Map.of("property", 4L));
    }

    @Test
    void dueOrderPutsTheNearestDeadlineFirstAndThoseWithoutOneLast() {
        List<String> names = names(get("sort=due", LEADER).hits());

        assertThat(names.subList(0, 5)).containsExactly("P1", "RP1", "W2", "W1", "RW1");
        assertThat(names.subList(5, 8)).containsExactlyInAnyOrder("M1", "P2", "RP2");
    }

    @Test
    void cursorWalksEveryHitOnceInOrder() {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int requests = 0;
        do {
            SearchPage page = get("sort=date&size=3" + (cursor == null ? "" : "&cursor=" + cursor), LEADER);
            walked.addAll(names(page.hits()));
            cursor = page.nextCursor();
            requests++;
        } while (cursor != null && requests < 10);

        assertThat(walked).containsExactly("W2", "W1", "RW1", "M1", "P1", "RP1", "P2", "RP2");
        assertThat(requests).isEqualTo(3);
    }

    @Test
    void cursorWalksRelevanceOrderToo() {
        SearchPage first = get("q=工资&size=1", LEADER);
        SearchPage second = get("q=工资&size=1&cursor=" + first.nextCursor(), LEADER);

        assertThat(first.total()).isEqualTo(2);
        assertThat(names(first.hits()).get(0)).isNotEqualTo(names(second.hits()).get(0));
        assertThat(second.hits().get(0).score()).isLessThanOrEqualTo(first.hits().get(0).score());
    }

    @Test
    void cursorOfAnotherSearchIsRefusedNamingCursor() throws IOException {
        String cursor = get("sort=date&size=1&topicArea=property", LEADER).nextCursor();

        assertProblemNaming(URI.create("/api/v1/search?sort=date&size=1&cursor=" + cursor), "cursor");
        assertProblemNaming(URI.create("/api/v1/search?cursor=bm90LWEtY3Vyc29y"), "cursor");
    }

    @Test
    void mergedCaseStaysSearchableButMarked() {
        SearchPage.Hit merged = get("q=重复", LEADER).hits().get(0);

        assertThat(merged.merged()).isTrue();
        assertThat(merged.mergedInto()).isEqualTo(docs.get("W1").substring("CASE:".length()));
        assertThat(names(get("q=重复", LEADER).hits())).containsExactly("M1");
    }

    @Test
    void internalResponsesAreHiddenFromMonitorsOnly() {
        assertThat(get("", MONITOR).total()).isEqualTo(7);
        assertThat(names(get("q=暂缓", MONITOR).hits())).isEmpty();
        assertThat(names(get("q=暂缓", LEADER).hits())).containsExactly("RP1");
        assertThat(names(get("q=暂缓", SUPERVISOR).hits())).containsExactly("RP1");
    }

    @Test
    void hitCarriesTheLeaderFields() {
        SearchPage.Hit w2 = get("q=装修公司欠薪", LEADER).hits().get(0);

        assertThat(w2.region()).isEqualTo("330105");
        assertThat(w2.severity()).isEqualTo("GENERAL");
        assertThat(w2.overdue()).isTrue();
        assertThat(w2.dueAt()).isEqualTo("2024-03-12T02:00:00Z");
        assertThat(w2.unit()).isEqualTo("市住建局");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "topic=property             | topic",
            "reportedFrom=2024-02-30    | reportedFrom",
            "dueTo=2024/03/01           | dueTo",
            "respondedFrom=2024-03-02&respondedTo=2024-03-01 | respondedFrom",
            "size=0                     | size",
            "size=101                   | size",
            "overdue=maybe              | overdue",
            "sort=best                  | sort",
            "severity=HUGE              | severity"
    })
    void badParameterIsAProblemNamingIt(String query, String parameter) throws IOException {
        assertProblemNaming(URI.create("/api/v1/search?" + encode(query)), parameter);
    }

    @Test
    void overlongQueryIsAProblemNamingQ() throws IOException {
        assertProblemNaming(UriBuilder.of("/api/v1/search").queryParam("q", "工".repeat(201)).build(), "q");
    }

    private void assertProblemNaming(URI uri, String parameter) throws IOException {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(LEADER), String.class));

        assertThat(e).as(uri.toString()).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        Problem problem = json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Problem.class);
        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly(parameter);
        assertThat(problem.detail()).contains(parameter);
    }

    private SearchPage get(String query, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(URI.create("/api/v1/search?" + encode(query)))
                .bearerAuth(token), SearchPage.class);
    }

    /** Percent-encodes the values of a query written as plain text in the tests. */
    private static String encode(String query) {
        if (query.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(query.strip().split("&")).map(pair -> {
            String[] kv = pair.split("=", 2);
            return kv[0] + "=" + java.net.URLEncoder.encode(kv.length > 1 ? kv[1] : "",
                    java.nio.charset.StandardCharsets.UTF_8);
        }).collect(Collectors.joining("&"));
    }

    private static Map<String, Long> counts(SearchPage page, String facet) {
        return page.facets().get(facet).stream()
                .collect(Collectors.toMap(SearchPage.FacetCount::value, SearchPage.FacetCount::count));
    }

    private UUID id(String name) {
        UUID id = UUID.randomUUID();
        docs.put(name, "CASE:" + id);
        return id;
    }

    private UUID responseId(String name) {
        UUID id = UUID.randomUUID();
        docs.put(name, "RESPONSE:" + id);
        return id;
    }

    private List<String> names(List<SearchPage.Hit> hits) {
        return hits.stream().map(h -> {
            String docId = (h.responseId() == null ? "CASE:" + h.caseId() : "RESPONSE:" + h.responseId());
            return docs.entrySet().stream().filter(e -> e.getValue().equals(docId)).map(Map.Entry::getKey)
                    .findFirst().orElse(docId);
        }).toList();
    }
}
