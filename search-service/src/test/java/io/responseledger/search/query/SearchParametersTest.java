package io.responseledger.search.query;

import io.responseledger.search.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParametersTest {

    @Test
    void defaultsAreAccepted() {
        assertThat(SearchParameters.of(null, 0, 20)).isEqualTo(new SearchParameters("", 0, 20));
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
}
