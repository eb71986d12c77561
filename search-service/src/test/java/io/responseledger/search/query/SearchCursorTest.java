package io.responseledger.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.responseledger.search.problem.InvalidParameterException;
import io.responseledger.search.query.SearchParameters.SearchSort;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchCursorTest {

    private final String fingerprint = SearchCursor.fingerprint("工资", "filters", "RELEVANCE", "true");

    @Test
    void cursorCarriesTheSortValuesOfTheLastHit() {
        List<FieldValue> last = List.of(FieldValue.of(6.25), FieldValue.of(1709280000000L),
                FieldValue.of("RESPONSE:5d2e|x"));

        String token = SearchCursor.encode(SearchSort.RELEVANCE, fingerprint, last);
        List<FieldValue> back = SearchCursor.decode(token, SearchSort.RELEVANCE, fingerprint, "dls");

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(back.get(0).doubleValue()).isEqualTo(6.25);
        assertThat(back.get(1).longValue()).isEqualTo(1709280000000L);
        assertThat(back.get(2).stringValue()).isEqualTo("RESPONSE:5d2e|x");
    }

    @Test
    void cursorOfAnotherSearchIsRefused() {
        String token = SearchCursor.encode(SearchSort.RELEVANCE, fingerprint,
                List.of(FieldValue.of(1.0), FieldValue.of(1L), FieldValue.of("CASE:1")));
        String otherQuery = SearchCursor.fingerprint("物业", "filters", "RELEVANCE", "true");

        assertThatThrownBy(() -> SearchCursor.decode(token, SearchSort.RELEVANCE, otherQuery, "dls"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("cursor"));
        assertThatThrownBy(() -> SearchCursor.decode(token, SearchSort.DATE, fingerprint, "ls"))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void malformedOrAlteredCursorIsRefusedNamingTheParameter() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("v1|DATE|" + fingerprint + "|lnot-a-number|sQ0FTRTox").getBytes(StandardCharsets.UTF_8));
        for (String token : List.of("%%%", "", "djE", forged)) {
            assertThatThrownBy(() -> SearchCursor.decode(token, SearchSort.DATE, fingerprint, "ls"))
                    .as(token)
                    .isInstanceOfSatisfying(InvalidParameterException.class,
                            e -> assertThat(e.parameter()).isEqualTo("cursor"));
        }
    }
}
