package io.responseledger.search.indexing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "市民13912345678反映 | 市民139****5678反映",
            "电话：139-1234-5678。 | 电话：139****5678。",
            "电话 139 1234 5678 | 电话 139****5678",
            "+8613912345678 | +86139****5678",
            "身份证110105199001011234，| 身份证110105********1234，",
            "ID 11010520001231123X end | ID 110105********123X end",
            "两个号码13800001111和15912345678 | 两个号码138****1111和159****5678"
    })
    void fullNumbersAreMasked(String text, String masked) {
        assertThat(PersonalDataMask.mask(text)).isEqualTo(masked);
        assertThat(PersonalDataMask.containsUnmasked(text)).isTrue();
        assertThat(PersonalDataMask.containsUnmasked(PersonalDataMask.mask(text))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "已经掩码的139****5678和110105********1234",
            "工单号 GD20240301000123",
            "拖欠工资 12000000 元",
            "座机 010-12345678",
            "订单 123456789012345678901",
            "12345热线",
            "日期 2024-03-01"
    })
    void textWithoutFullNumbersIsLeftAlone(String text) {
        assertThat(PersonalDataMask.mask(text)).isEqualTo(text);
        assertThat(PersonalDataMask.containsUnmasked(text)).isFalse();
    }
}
