package io.responseledger.search.query;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MultiMatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueriesTest {

    @Test
    void everyPartBecomesARequiredPhraseOverTheTextFields() {
        Query query = SearchQueries.query(SearchTerms.parse("拖欠工资 12345热线"));

        BoolQuery bool = query.bool();
        assertThat(bool.must()).hasSize(2);
        assertThat(bool.mustNot()).isEmpty();
        assertThat(bool.should()).isEmpty();
        MultiMatchQuery first = bool.must().get(0).multiMatch();
        assertThat(first.query()).isEqualTo("拖欠工资");
        assertThat(first.type()).isEqualTo(TextQueryType.Phrase);
        assertThat(first.fields()).containsExactly(
                "title^3", "caseTitle^3", "text^2", "reportText", "commitments.content");
        assertThat(bool.must().get(1).multiMatch().query()).isEqualTo("12345热线");
    }

    @Test
    void excludedPartsBecomeMustNotPhrases() {
        BoolQuery bool = SearchQueries.query(SearchTerms.parse("工资 -物业")).bool();

        assertThat(bool.must()).extracting(q -> q.multiMatch().query()).containsExactly("工资");
        assertThat(bool.mustNot()).extracting(q -> q.multiMatch().query()).containsExactly("物业");
        assertThat(bool.mustNot().get(0).multiMatch().type()).isEqualTo(TextQueryType.Phrase);
    }

    @Test
    void quotedPhraseStaysOneClause() {
        BoolQuery bool = SearchQueries.query(SearchTerms.parse("\"拖欠 工资\"")).bool();

        assertThat(bool.must()).extracting(q -> q.multiMatch().query()).containsExactly("拖欠 工资");
    }

    @Test
    void emptyQueryMatchesEverything() {
        assertThat(SearchQueries.query(SearchTerms.parse("")).isMatchAll()).isTrue();
    }

    @Test
    void noQueryStringQueryIsEverBuilt() {
        String json = JsonpUtils.toJsonString(
                SearchQueries.query(SearchTerms.parse("title:工资 AND (a OR b*) -\"x\"")), new JacksonJsonpMapper());

        assertThat(json).doesNotContain("query_string").doesNotContain("simple_query_string");
        assertThat(json).contains("\"type\":\"phrase\"");
    }

    @Test
    void relevanceThenRecencyWhenSearching() {
        List<SortOptions> sort = SearchQueries.sort(SearchParameters.of("工资", 0, 20).sort());

        assertThat(sort).hasSize(3);
        assertThat(sort.get(0).isScore()).isTrue();
        assertThat(sort.get(1).field().field()).isEqualTo("activityAt");
        assertThat(sort.get(2).field().field()).isEqualTo("docId");
    }

    @Test
    void newestFirstWhenBrowsing() {
        List<SortOptions> sort = SearchQueries.sort(SearchParameters.of("", 0, 20).sort());

        assertThat(sort).hasSize(2);
        assertThat(sort.get(0).field().field()).isEqualTo("activityAt");
        assertThat(sort.get(1).field().field()).isEqualTo("docId");
    }

    @Test
    void dueDateOrderPutsHitsWithoutDeadlineLast() {
        List<SortOptions> sort = SearchQueries.sort(SearchParameters.SearchSort.DUE);

        assertThat(sort.get(0).field().field()).isEqualTo("dueAt");
        assertThat(sort.get(0).field().order()).isEqualTo(co.elastic.clients.elasticsearch._types.SortOrder.Asc);
        assertThat(sort.get(0).field().missing().stringValue()).isEqualTo("_last");
        assertThat(sort.get(1).field().field()).isEqualTo("docId");
    }

    @Test
    void monitorsNeverSeeInternalResponses() {
        String query = JsonpUtils.toJsonString(SearchQueries.query(SearchTerms.parse(""),
                SearchParameters.SearchFilters.NONE, false, true), new JacksonJsonpMapper());

        assertThat(query).contains("must_not").contains("\"visibility\":{\"value\":\"INTERNAL\"");
    }

    @Test
    void supervisorsAndLeadersBrowseEverything() {
        assertThat(SearchQueries.query(SearchTerms.parse(""), SearchParameters.SearchFilters.NONE, true, true).isMatchAll())
                .isTrue();
    }

    @Test
    void chineseRunsAreMatchedOnCharacterPairsWhenTheIndicesHaveThem() {
        BoolQuery bool = SearchQueries.query(SearchTerms.parse("拖欠工资 12345热线 房 -物业 公司"),
                SearchParameters.SearchFilters.NONE, true, true).bool();

        assertThat(bool.must()).extracting(q -> q.multiMatch().fields()).containsExactly(
                List.of("title.bigram^3", "caseTitle.bigram^3", "text.bigram^2", "reportText.bigram",
                        "commitments.content.bigram"),
                SearchQueries.FIELDS,
                SearchQueries.FIELDS,
                SearchQueries.PAIR_FIELDS);
        assertThat(bool.mustNot()).extracting(q -> q.multiMatch().fields()).containsExactly(SearchQueries.PAIR_FIELDS);
        assertThat(bool.must().get(0).multiMatch().type()).isEqualTo(TextQueryType.Phrase);
    }

    @Test
    void withoutPairFieldsEveryPartIsMatchedOnTheTextsThemselves() {
        BoolQuery bool = SearchQueries.query(SearchTerms.parse("拖欠工资 -物业"),
                SearchParameters.SearchFilters.NONE, true, false).bool();

        assertThat(bool.must()).extracting(q -> q.multiMatch().fields()).containsExactly(SearchQueries.FIELDS);
        assertThat(bool.mustNot()).extracting(q -> q.multiMatch().fields()).containsExactly(SearchQueries.FIELDS);
    }

    @Test
    void highlightEscapesHtmlAndCoversEverySearchedField() {
        var highlight = SearchQueries.highlight(SearchTerms.parse("拖欠工资"));

        assertThat(highlight.encoder().jsonValue()).isEqualTo("html");
        assertThat(highlight.fields().keySet())
                .containsExactlyInAnyOrder("title", "caseTitle", "text", "reportText", "commitments.content");
    }

    @Test
    void highlightMarksTheRequiredPhrasesInTheTextsThemselvesNotTheExcludedOnes() {
        BoolQuery marked = SearchQueries.highlight(SearchTerms.parse("拖欠工资 -物业")).highlightQuery().bool();

        assertThat(marked.should()).singleElement().satisfies(q -> {
            assertThat(q.multiMatch().query()).isEqualTo("拖欠工资");
            assertThat(q.multiMatch().fields()).isEqualTo(SearchQueries.FIELDS);
            assertThat(q.multiMatch().type()).isEqualTo(TextQueryType.Phrase);
        });
    }
}
