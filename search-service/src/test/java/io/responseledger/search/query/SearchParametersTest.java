package io.responseledger.search.query;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.simple.SimpleHttpParameters;
import io.responseledger.search.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParametersTest {

    @Test
    void defaultsAreAccepted() {
        assertThat(SearchParameters.of(null, 0, 20)).isEqualTo(new SearchParameters("",
                SearchParameters.SearchFilters.NONE, SearchParameters.SearchSort.DATE, 0, 20, null));
    }

    @Test
    void queryOfExactlyTwoHundredCharactersIsAccepted() {
        assertThat(SearchParameters.of("工".repeat(200), 0, 20).q()).hasSize(200);
    }

    @ParameterizedTest
    @CsvSource({
            "201, 0, 20, q",
            "1, -1, 20, page",
            "1, 0, 0, size",
            "1, 0, 101, size",
            "1, 100, 100, page",
            "1, 2147483647, 100, page"
    })
    void outOfRangeValueNamesItsParameter(int queryLength, int page, int size, String parameter) {
        assertThatThrownBy(() -> SearchParameters.of("工".repeat(queryLength), page, size))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(parameter.equals("q") ? "200" : parameter.equals("size") ? "size" : "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "topic=wage-arrears | topic",
            "zone=east&area=north&topicArea=housing | area",
            "reportedFrom=2024-13-01 | reportedFrom",
            "dueTo=yesterday | dueTo",
            "respondedFrom=2024-05-02&respondedTo=2024-05-01 | respondedFrom",
            "severity=HUGE | severity",
            "kind=COMMITMENT | kind",
            "overdue=yes | overdue",
            "sort=popular | sort",
            "size=abc | size",
            "page=2&cursor=abc | cursor",
            "q=a&q=b | q"
    })
    void badParameterIsRefusedNamingIt(String query, String parameter) {
        assertThatThrownBy(() -> SearchParameters.from(parameters(query)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    @Test
    void filtersAreReadRepeatedOrCommaSeparated() {
        SearchParameters p = SearchParameters.from(parameters(
                "unit=市人社局,市住建局&unit=区城管局&severity=major&reportedFrom=2024-03-01&overdue=true&sort=due"));

        assertThat(p.filters().unit()).containsExactly("市人社局", "市住建局", "区城管局");
        assertThat(p.filters().severity()).containsExactly("MAJOR");
        assertThat(p.filters().reported().from()).hasToString("2024-03-01");
        assertThat(p.filters().reported().start()).hasToString("2024-02-29T16:00:00Z");
        assertThat(p.filters().overdue()).isTrue();
        assertThat(p.sort()).isEqualTo(SearchParameters.SearchSort.DUE);
    }

    @Test
    void searchWithWordsIsOrderedByRelevanceAndBrowsingByDate() {
        assertThat(SearchParameters.from(parameters("q=工资")).sort()).isEqualTo(SearchParameters.SearchSort.RELEVANCE);
        assertThat(SearchParameters.from(parameters("q=-物业")).sort()).isEqualTo(SearchParameters.SearchSort.DATE);
        assertThat(SearchParameters.from(parameters("")).sort()).isEqualTo(SearchParameters.SearchSort.DATE);
    }

    private static HttpParameters parameters(String query) {
        Map<CharSequence, List<String>> values = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv.length > 1 ? kv[1] : "");
            }
        }
        return new SimpleHttpParameters(values, ConversionService.SHARED);
    }
}
