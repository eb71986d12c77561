package io.responseledger.search.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

    @Test
    void whitespaceSeparatesPartsThatMustAllMatch() {
        SearchTerms terms = SearchTerms.parse("  拖欠工资 12345热线\tPM2.5 ");

        assertThat(terms.required()).containsExactly("拖欠工资", "12345热线", "PM2.5");
        assertThat(terms.excluded()).isEmpty();
    }

    @Test
    void ideographicSpaceFromChineseInputMethodsSeparatesToo() {
        assertThat(SearchTerms.parse("工资\u3000物业\u00a0噪音").required()).containsExactly("工资", "物业", "噪音");
    }

    @Test
    void leadingMinusExcludes() {
        SearchTerms terms = SearchTerms.parse("工资 -物业 －噪音");

        assertThat(terms.required()).containsExactly("工资");
        assertThat(terms.excluded()).containsExactly("物业", "噪音");
    }

    @Test
    void minusInsideAWordIsPartOfIt() {
        assertThat(SearchTerms.parse("A2-3号楼").required()).containsExactly("A2-3号楼");
    }

    @Test
    void quotedPartIsOnePhraseEvenWithSpaces() {
        SearchTerms terms = SearchTerms.parse("\"拖欠 工资\" 工地 “农民工  讨薪” -\"物业 公司\"");

        assertThat(terms.required()).containsExactly("拖欠 工资", "工地", "农民工 讨薪");
        assertThat(terms.excluded()).containsExactly("物业 公司");
    }

    @Test
    void unterminatedQuoteRunsToTheEnd() {
        assertThat(SearchTerms.parse("工资 \"拖欠 三个月").required()).containsExactly("工资", "拖欠 三个月");
    }

    @Test
    void partsWithoutLettersOrDigitsAreDropped() {
        SearchTerms terms = SearchTerms.parse("， - \"\" 工资 -！ ...");

        assertThat(terms.required()).containsExactly("工资");
        assertThat(terms.excluded()).isEmpty();
    }

    @Test
    void blankOrMissingQueryIsEmpty() {
        assertThat(SearchTerms.parse("   ").isEmpty()).isTrue();
        assertThat(SearchTerms.parse(null).isEmpty()).isTrue();
    }

    @Test
    void repeatedPartsCountOnce() {
        assertThat(SearchTerms.parse("工资 工资 +工资").required()).containsExactly("工资");
    }

    @Test
    void queryStringSyntaxIsJustText() {
        SearchTerms terms = SearchTerms.parse("title:工资 AND (a OR b*)");

        assertThat(terms.required()).containsExactly("title:工资", "AND", "(a", "OR", "b*)");
    }

    /** The last: two characters of CJK Extension B, outside the Basic Multilingual Plane. */
    @ParameterizedTest
    @ValueSource(strings = {"拖欠工资", "工资", "拖欠 工资", "\uD840\uDC00\uD840\uDC01"})
    void chineseCharactersOnlyMakeAChineseRun(String part) {
        assertThat(SearchTerms.isChineseRun(part)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"房", "12345热线", "3号楼", "PM2.5", "工资，拖欠", "工资😀", "air quality", "ｱｲ工资"})
    void anythingElseIsNot(String part) {
        assertThat(SearchTerms.isChineseRun(part)).isFalse();
    }
}
