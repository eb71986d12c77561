package io.responseledger.contracts.personaldata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdCardNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"110105199001011232", "430102198506123214", "44030619921130001X", "11010119900307803x",
            "320102197805034561"})
    void numbersWhoseCheckCharacterFitsAreValid(String number) {
        assertThat(IdCardNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105199001011234", "110105199001011233", "44030619921130001Y", "44030619921130001 ",
            "11010519900101123", "1101051990010112321", "11010519900101123A", "A10105199001011232", ""})
    void anythingElseIsNot(String number) {
        assertThat(IdCardNumbers.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519900101123", "43010219850612321", "44030619921130001"})
    void everyOneOfTheElevenCheckCharactersIsComputedByIso7064(String first17) {
        String number = first17 + IdCardNumbers.checkCharacter(first17);

        assertThat(IdCardNumbers.isValid(number)).isTrue();
        for (char other : "0123456789X".toCharArray()) {
            if (other != number.charAt(17)) {
                assertThat(IdCardNumbers.isValid(first17 + other)).as(first17 + other).isFalse();
            }
        }
    }
}
