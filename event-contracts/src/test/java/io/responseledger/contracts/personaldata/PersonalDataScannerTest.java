package io.responseledger.contracts.personaldata;

import io.responseledger.contracts.personaldata.PersonalDataScanner.Finding;
import io.responseledger.contracts.personaldata.PersonalDataScanner.Kind;
import io.responseledger.contracts.personaldata.PersonalDataScanner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PersonalDataScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain                  | 联系电话13912345678。        | 联系电话139****5678。",
            "dashes                 | 电话139-1234-5678           | 电话139****5678",
            "spaces                 | 电话 139 1234 5678 谢谢      | 电话 139****5678 谢谢",
            "+86 with space         | 电话+86 139 1234 5678        | 电话139****5678",
            "+86 joined             | +8613912345678              | 139****5678",
            "0086 with dash         | 0086-13912345678            | 139****5678",
            "86 without plus        | 8613912345678               | 139****5678",
            "between letters        | tel13912345678ext           | tel139****5678ext",
            "full-width digits      | 电话１３９１２３４５６７８      | 电话139****5678",
            "full-width dashes      | １３９－１２３４－５６７８       | 139****5678",
            "ideographic spaces     | 139\u30001234\u30005678      | 139****5678",
            "every second digit 3-9 | 17012345678/19987654321     | 170****5678/199****4321",
    })
    void mobileNumbersAreMaskedInEveryUsualNotation(String label, String text, String masked) {
        Result result = PersonalDataScanner.scan(text);

        assertThat(result.maskedText()).isEqualTo(masked);
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PHONE);
            assertThat(f.value()).matches("1[3-9][0-9]{9}");
        });
    }

    @Test
    void mobileNumberIsKeptAsItsElevenDigitsWhateverTheNotation() {
        assertThat(PersonalDataScanner.scan("+86 139-1234-5678").findings())
                .extracting(Finding::value).containsExactly("13912345678");
        assertThat(PersonalDataScanner.scan("１３９１２３４５６７８").findings())
                .extracting(Finding::value).containsExactly("13912345678");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "订单号2013912345678901",   // inside a longer digit run
            "139123456789",            // twelve digits
            "1391234567",              // ten digits
            "313912345678",            // a digit right before
            "139123456780",            // a digit right after
            "913912345678",            // twelve digits that end in a mobile number
            "12912345678",             // second digit 2: no such mobile prefix
            "10086",
            "139****5678",             // already masked
            "2026年11月26日 09:40，金额12000元，工单号2026112600123",
    })
    void digitsThatAreNotAWholeMobileNumberAreLeftAlone(String text) {
        Result result = PersonalDataScanner.scan(text);

        assertThat(result.findings()).isEmpty();
        assertThat(result.maskedText()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "four-digit area, dash    | 电话0731-84561234。 | 电话0731-****1234。 | 0731-84561234",
            "three-digit area 010     | 010-12345678        | 010-****5678        | 010-12345678",
            "three-digit area 02x     | 02112345678         | 021-****5678        | 021-12345678",
            "parentheses, 7 digits    | (0755)1234567       | 0755-***4567        | 0755-1234567",
            "full-width parentheses   | （0755）12345678     | 0755-****5678       | 0755-12345678",
            "space                    | 0731 8456123        | 0731-***6123        | 0731-8456123",
            "Changsha office line     | 请致电0731-88881234咨询 | 请致电0731-****1234咨询 | 0731-88881234",
            "Beijing in parentheses   | 电话(010)12345678转人工 | 电话010-****5678转人工 | 010-12345678",
            "Beijing full-width       | 电话（010）12345678    | 电话010-****5678     | 010-12345678",
            "full-width digits        | ０７３１－８８８８１２３４ | 0731-****1234    | 0731-88881234",
    })
    void landlineNumbersAreMaskedKeepingTheAreaCode(String label, String text, String masked, String value) {
        assertMaskedWithOneFinding(text, masked, Kind.PHONE, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1073184561234", "073184561234567", "011-12345678", "0012345678", "2026-11-26"})
    void digitsThatAreNotALandlineAreLeftAlone(String text) {
        assertThat(PersonalDataScanner.scan(text).findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "check digit     | 身份证号110105199001011232。 | 身份证号110105********1232。 | 110105199001011232",
            "check X         | 44030619921130001X         | 440306********001X         | 44030619921130001X",
            "check lower x   | 证件11010119900307803x       | 证件110101********803X       | 11010119900307803X",
            "full-width      | １１０１０５１９９００１０１１２３２ | 110105********1232       | 110105199001011232",
            "next to letters | ID:430102198506123214号     | ID:430102********3214号     | 430102198506123214",
    })
    void idCardNumbersWithAValidCheckCharacterAreMasked(String label, String text, String masked, String value) {
        assertMaskedWithOneFinding(text, masked, Kind.ID_NUMBER, value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "110105199001011234",       // check digit should be 2
            "11010519900101123X",       // check should be 2, not X
            "44030619921130001Y",
            "1101051990010112321",      // a valid ID followed by another digit: a 19-digit number
            "9110105199001011232",      // ... or preceded by one
            "11010519900101123",        // seventeen digits
    })
    void eighteenDigitsWithoutAValidCheckCharacterAreNotAnIdNumber(String text) {
        Result result = PersonalDataScanner.scan(text);

        assertThat(result.findings()).isEmpty();
        assertThat(result.maskedText()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain                 | 邮箱wang@example.com，谢谢            | 邮箱w***@example.com，谢谢            | wang@example.com",
            "dots, plus, subdomain | Wang.Xiao-Ming+x@Mail.Example.CN    | W***@mail.example.cn               | Wang.Xiao-Ming+x@mail.example.cn",
            "sentence end          | 发至a@b.cn.                         | 发至a***@b.cn.                      | a@b.cn",
            "digits as local part  | 13912345678@163.com               | 1***@163.com                       | 13912345678@163.com",
            "full-width            | ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ            | w***@example.com                   | wang@example.com",
    })
    void emailAddressesAreMaskedToTheirFirstCharacterAndDomain(String label, String text, String masked, String value) {
        assertMaskedWithOneFinding(text, masked, Kind.EMAIL, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wang@", "@example.com", "wang@localhost", "w***@example.com", "价格@100元"})
    void textThatIsNotAnEmailAddressIsLeftAlone(String text) {
        assertThat(PersonalDataScanner.scan(text).findings()).isEmpty();
    }

    @Test
    void everyFindingIsMaskedAndListedInOrderOfAppearance() {
        String text = "王先生（13912345678）称，其妻邮箱li@example.com，身份证110105199001011232，"
                + "座机0731-84561234；再打139-1234-5678也行。";

        Result result = PersonalDataScanner.scan(text);

        assertThat(result.maskedText()).isEqualTo("王先生（139****5678）称，其妻邮箱l***@example.com，"
                + "身份证110105********1232，座机0731-****1234；再打139****5678也行。");
        assertThat(result.findings()).extracting(Finding::kind)
                .containsExactly(Kind.PHONE, Kind.EMAIL, Kind.ID_NUMBER, Kind.PHONE, Kind.PHONE);
        assertThat(result.findings()).extracting(Finding::value).containsExactly("13912345678", "li@example.com",
                "110105199001011232", "0731-84561234", "13912345678");
    }

    @Test
    void maskedTextHoldsNoneOfTheOriginalNumbers() {
        String text = "电话13912345678，身份证110105199001011232";

        String masked = PersonalDataScanner.scan(text).maskedText();

        assertThat(masked).doesNotContain("13912345678", "12345678", "110105199001011232", "19900101");
    }

    @Test
    void maskingMaskedTextAgainChangesNothing() {
        String once = PersonalDataScanner.scan("13912345678 a@b.cn 110105199001011232 0731-84561234").maskedText();

        Result twice = PersonalDataScanner.scan(once);

        assertThat(twice.findings()).isEmpty();
        assertThat(twice.maskedText()).isEqualTo(once);
    }

    @Test
    void textWithoutPersonalDataIsReturnedAsItIs() {
        String text = "XX区某安置房项目拖欠农民工工资三个月，约60名工人堵门讨薪。";

        Result result = PersonalDataScanner.scan(text);

        assertThat(result.maskedText()).isSameAs(text);
        assertThat(result.findings()).isEmpty();
        assertThat(PersonalDataScanner.scan("").findings()).isEmpty();
        assertThat(PersonalDataScanner.scan(null).maskedText()).isNull();
    }

    @Test
    void otherScriptsDigitsCountAsDigitsForTheBoundaries() {
        // Arabic-Indic digits are not folded, but a number glued to them is still part of a longer digit run.
        assertThat(PersonalDataScanner.scan("\u066313912345678").findings()).isEmpty();
    }

    @Test
    void surrogatePairsAndOddCharactersDoNotBreakTheScan() {
        String text = "𠮷野家 13912345678 \uD83D\uDE00 ｘ＠ｙ \uFFFF 0731-84561234";

        Result result = PersonalDataScanner.scan(text);

        assertThat(result.maskedText()).isEqualTo("𠮷野家 139****5678 \uD83D\uDE00 ｘ＠ｙ \uFFFF 0731-****1234");
    }

    @Test
    void longTextIsScannedInLinearTime() {
        String digits = "1".repeat(20_000);
        String letters = "a".repeat(19_990) + "@example";
        String mixed = "电话13912345678，".repeat(1_000);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(PersonalDataScanner.scan(digits).findings()).isEmpty();
            assertThat(PersonalDataScanner.scan(letters).findings()).isEmpty();
            assertThat(PersonalDataScanner.scan(mixed).findings()).hasSize(1_000);
        });
    }

    @Test
    void findingsDoNotPrintTheirValues() {
        Finding finding = PersonalDataScanner.scan("13912345678").findings().get(0);

        assertThat(finding.toString()).doesNotContain("13912345678").contains("139****5678");
    }

    /** The text comes back masked as given, with exactly one finding: of this kind, holding this value. */
    private static void assertMaskedWithOneFinding(String text, String masked, Kind kind, String value) {
        Result result = PersonalDataScanner.scan(text);

        assertThat(result.maskedText()).isEqualTo(masked);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.value()).isEqualTo(value);
        });
    }
}
