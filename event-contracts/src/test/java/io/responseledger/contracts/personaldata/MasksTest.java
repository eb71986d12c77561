package io.responseledger.contracts.personaldata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTest {

    @Test
    void maskedFormsAreThoseOfDocsSecurity() {
        assertThat(Masks.mobile("13912345678")).isEqualTo("139****5678");
        assertThat(Masks.landline("0731", "84561234")).isEqualTo("0731-****1234");
        assertThat(Masks.landline("0731", "8456123")).isEqualTo("0731-***6123");
        assertThat(Masks.idNumber("110105199001011232")).isEqualTo("110105********1232");
        assertThat(Masks.email("wang", "example.com")).isEqualTo("w***@example.com");
        assertThat(Masks.name("王小明")).isEqualTo("王**");
    }

    @Test
    void namesKeepTheirFirstCharacterWhateverTheirLength() {
        assertThat(Masks.name("李四")).isEqualTo("李*");
        assertThat(Masks.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masks.name("𠮷田")).isEqualTo("𠮷*");
        assertThat(Masks.name("Li")).isEqualTo("L*");
    }
}
