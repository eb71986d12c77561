package io.responseledger.intake.normalisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("full-width letters and digits become ASCII",
                        "ＸＸ区１２３号楼电梯故障，ＡＰＰ无法报修", "XX区123号楼电梯故障，APP无法报修"),
                Arguments.of("Chinese sentence punctuation is kept",
                        "为什么？请回复！时间：明天；地点（待定）……", "为什么？请回复！时间：明天；地点（待定）……"),
                Arguments.of("compatibility forms become plain",
                        "面积约１２０㎡，室温３５℃，第①期", "面积约120m2，室温35°C，第1期"),
                Arguments.of("ideographic and no-break spaces and tabs become one space",
                        "\u3000\u3000小区\u00a0\u00a0垃圾\t\t无人清运", "小区 垃圾 无人清运"),
                Arguments.of("runs of newlines keep at most one empty line, lines are trimmed",
                        "第一段 \r\n\r\n\r\n\r\n  第二段\n\n\n第三段", "第一段\n\n第二段\n\n第三段"),
                Arguments.of("zero-width characters vanish",
                        "拖\u200b欠\ufeff工资", "拖欠工资"),
                Arguments.of("pasted Weibo HTML becomes text with its line breaks",
                        "<div class=\"weibo-text\">工地<a href=\"/n/老板\">@某建筑公司</a> 拖欠工资<br>已经三个月了&nbsp;&nbsp;"
                                + "<img src=\"x.png\" alt=\"[怒]\"></div><p>求转发</p><script>track()</script>",
                        "工地@某建筑公司 拖欠工资\n已经三个月了\n求转发"),
                Arguments.of("HTML entities are decoded",
                        "<p>食品&amp;药品&lt;抽检&gt;不合格</p>", "食品&药品<抽检>不合格"),
                Arguments.of("text that only mentions angle brackets is not HTML",
                        "温度 < 0 度时道路结冰，> 3 天未处理", "温度 < 0 度时道路结冰，> 3 天未处理"),
                Arguments.of("only markup and blanks is nothing", "<p>&nbsp;</p>\u3000<br/>", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void bodyTextIsNormalised(String label, String input, String expected) {
        assertThat(TextNormaliser.text(input)).isEqualTo(expected);
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("line breaks become spaces", "XX区\n安置房\r\n欠薪", "XX区 安置房 欠薪"),
                Arguments.of("markup in a title is stripped", "<b>【突发】</b>化工厂冒黑烟", "【突发】化工厂冒黑烟"),
                Arguments.of("full-width title", "ＸＸ小学食堂　饭菜变质", "XX小学食堂 饭菜变质"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void titlesBecomeOneLine(String label, String input, String expected) {
        assertThat(TextNormaliser.line(input)).isEqualTo(expected);
    }

    static Stream<Arguments> tokens() {
        return Stream.of(
                Arguments.of("full-width work-order number", "２０２６１１２６００１２３", "2026112600123"),
                Arguments.of("region with an ideographic space", "长沙市\u3000岳麓区", "长沙市 岳麓区"),
                Arguments.of("markup in an identifier is kept for validation to see", "<b>1</b>", "<b>1</b>"),
                Arguments.of("blank is absent", "\u3000\u00a0", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void identifiersAreNormalisedButNotParsed(String label, String input, String expected) {
        assertThat(TextNormaliser.token(input)).isEqualTo(expected);
    }
}
