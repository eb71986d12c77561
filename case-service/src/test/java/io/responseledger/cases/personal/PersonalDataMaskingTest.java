package io.responseledger.cases.personal;

import io.responseledger.contracts.PersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskingTest {

    @ParameterizedTest
    @CsvSource({
            "王小明, 王**",
            "欧阳娜娜, 欧***",
            "王五, 王*",
            "' 李雷 ', 李*",
            "Wang Xiaoming, W************"})
    void nameKeepsItsFirstCharacterAndMasksEveryOther(String name, String masked) {
        assertThat(PersonalDataMasking.name(name)).isEqualTo(masked);
    }

    @Test
    void blankOrMissingNameStaysMissing() {
        assertThat(PersonalDataMasking.name(null)).isNull();
        assertThat(PersonalDataMasking.name("  ")).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "13912345678, 139****5678",
            "010-12345678, 010-****5678",
            "0755 2345 6789, 075* **** 6789",
            "+86 139 1234 5678, +86 1** **** 5678",
            "1234567, ***4567",
            "12345, *2345",
            "1234, ****"})
    void phoneKeepsTheFirstThreeAndLastFourDigitsAndShortNumbersLess(String phone, String masked) {
        assertThat(PersonalDataMasking.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
            "110105199001011234, 110105********1234",
            "11010519900101123X, 110105********123X",
            "110105900101123, 110105*****1123",
            "12345678, ********"})
    void idNumberKeepsTheRegionAndTheLastFourCharacters(String idNumber, String masked) {
        assertThat(PersonalDataMasking.idNumber(idNumber)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
            "wang@example.com, w***@example.com",
            "xiaoming.wang@mail.example.gov.cn, x***@mail.example.gov.cn",
            "w@example.com, ***@example.com",
            "not-an-email, ***",
            "@example.com, ***"})
    void emailKeepsTheFirstCharacterAndTheDomain(String email, String masked) {
        assertThat(PersonalDataMasking.email(email)).isEqualTo(masked);
    }

    @Test
    void maskingPersonalDataMasksEveryValueAndKeepsTheOrder() {
        PersonalData full = new PersonalData("王小明", List.of("13912345678", "010-12345678"),
                List.of("110105199001011234"), List.of("wang@example.com"));

        PersonalData masked = PersonalDataMasking.mask(full);

        assertThat(masked).isEqualTo(new PersonalData("王**", List.of("139****5678", "010-****5678"),
                List.of("110105********1234"), List.of("w***@example.com")));
        assertThat(PersonalDataMasking.mask(PersonalData.none())).isEqualTo(PersonalData.none());
    }
}
