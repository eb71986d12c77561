package io.responseledger.contracts.personaldata;

import io.responseledger.contracts.PersonalData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataProtectorTest {

    @Test
    void titleAndBodyAreMaskedAndTheOriginalsCollectedInOrderOfAppearance() {
        var result = PersonalDataProtector.protect("求助：电话13912345678",
                "身份证110105199001011232，邮箱wang@example.com，座机0731-84561234", null, null);

        assertThat(result.title()).isEqualTo("求助：电话139****5678");
        assertThat(result.body()).isEqualTo("身份证110105********1232，邮箱w***@example.com，座机0731-****1234");
        PersonalData data = result.personalData();
        assertThat(data.name()).isNull();
        assertThat(data.phones()).containsExactly("13912345678", "0731-84561234");
        assertThat(data.idNumbers()).containsExactly("110105199001011232");
        assertThat(data.emails()).containsExactly("wang@example.com");
    }

    @Test
    void theSameNumberWrittenTwiceOrDifferentlyIsKeptOnce() {
        var result = PersonalDataProtector.protect("13912345678", "再说一遍：139-1234-5678，+86 13912345678", null, null);

        assertThat(result.personalData().phones()).containsExactly("13912345678");
    }

    @Test
    void theReportersOwnDetailsComeFirstAndTheirNameIsMaskedInTheText() {
        var result = PersonalDataProtector.protect("12345工单1 欠薪", "来电人王小明反映，王小明的工友电话13800138000",
                "王小明", "139 1234 1234");

        assertThat(result.body()).isEqualTo("来电人王**反映，王**的工友电话138****8000");
        assertThat(result.personalData().name()).isEqualTo("王小明");
        assertThat(result.personalData().phones()).containsExactly("13912341234", "13800138000");
    }

    @Test
    void aReporterPhoneThatIsNoKnownNumberIsStillKeptApart() {
        assertThat(PersonalDataProtector.protect("t", "b", null, "+44 20 7946 0958").personalData().phones())
                .containsExactly("+44 20 7946 0958");
        assertThat(PersonalDataProtector.protect("t", "b", null, "未提供").personalData().phones()).isEmpty();
    }

    @Test
    void aOneCharacterNameIsKeptButNotMaskedAllOverTheText() {
        var result = PersonalDataProtector.protect("t", "王某称王府井附近", "王", null);

        assertThat(result.body()).isEqualTo("王某称王府井附近");
        assertThat(result.personalData().name()).isEqualTo("王");
    }

    @Test
    void textWithoutPersonalDataGivesEmptyPersonalData() {
        var result = PersonalDataProtector.protect("食堂饭菜变质", "视频显示某小学食堂饭菜变质", null, null);

        assertThat(result.title()).isEqualTo("食堂饭菜变质");
        assertThat(result.personalData().hasAny()).isFalse();
    }

    @Test
    void maskOnlyMasks() {
        assertThat(PersonalDataProtector.mask("王小明 13912345678", "王小明")).isEqualTo("王** 139****5678");
    }

    @Test
    void printingTheResultShowsNoPersonalData() {
        var result = PersonalDataProtector.protect("13912345678", "110105199001011232", "王小明", null);

        assertThat(result.toString()).doesNotContain("13912345678", "110105199001011232", "王小明", "139****");
    }
}
