package io.responseledger.intake.topicarea;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken taxonomy file stops the service with a message naming the file, the line and what is wrong. */
class InvalidTaxonomyTest {

    @TempDir
    Path dir;

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("not-yaml.yml", """
                        areas:
                          - code: other
                            name: [其他
                        """, 4, "not valid YAML"),
                Arguments.of("no-areas.yml", "areas: []\n", 1, "non-empty list"),
                Arguments.of("unknown-key.yml", """
                        areas:
                          - code: other
                            name: 其他
                            keyword:
                              投诉: 1
                        """, 4, "unknown key 'keyword'"),
                Arguments.of("missing-name.yml", """
                        areas:
                          - code: other
                            name: 其他
                          - code: housing
                            keywords:
                              物业: 2
                        """, 4, "without 'name'"),
                Arguments.of("weight-not-number.yml", """
                        areas:
                          - code: other
                            name: 其他
                            keywords:
                              投诉: 1
                              举报: 高
                        """, 6, "must be a number"),
                Arguments.of("negative-weight.yml", """
                        areas:
                          - code: other
                            name: 其他
                            keywords:
                              投诉: -1
                        """, 5, "above 0"),
                Arguments.of("duplicate-code.yml", """
                        areas:
                          - code: other
                            name: 其他
                          - code: other
                            name: 别的
                        """, 4, "appears twice"),
                Arguments.of("duplicate-keyword.yml", """
                        areas:
                          - code: other
                            name: 其他
                            keywords:
                              ＫＴＶ: 1
                              ktv: 2
                        """, 6, "keyword 'ktv' appears twice"),
                Arguments.of("bad-code.yml", """
                        areas:
                          - code: other
                            name: 其他
                          - code: wage arrears
                            name: 欠薪
                        """, 4, "code 'wage arrears'"),
                Arguments.of("unknown-parent.yml", """
                        areas:
                          - code: other
                            name: 其他
                          - code: rent
                            name: 租房
                            parent: housing
                        """, 6, "parent 'housing'"),
                Arguments.of("no-other.yml", """
                        areas:
                          - code: housing
                            name: 住房
                        """, 0, "no topic area 'other'"),
                Arguments.of("ragged.csv", """
                        一级分类,二级分类,三级分类
                        城乡建设,安全生产,事故处理
                        城乡建设,安全生产
                        """, 3, "expected 3 columns"),
                Arguments.of("empty-name.csv", """
                        一级分类,二级分类,三级分类
                        城乡建设,安全生产,事故处理
                        ,安全生产,安全隐患
                        """, 3, "empty category name in column 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRefusedNamingFileAndLine(String name, String content, int line, String reason) throws IOException {
        Path file = write(name, content);

        assertThatThrownBy(() -> new TaxonomySource(file.toString(), null, 1).load())
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining(line > 0 ? "line " + line + ":" : "")
                .hasMessageContaining(reason);
    }

    @Test
    void aMissingFileIsRefused() {
        Path missing = dir.resolve("missing.yml");

        assertThatThrownBy(() -> new TaxonomySource(missing.toString(), null, 1).load())
                .hasMessageContaining(missing.toString()).hasMessageContaining("no such file");
    }

    @Test
    void aLevelBeyondTheColumnsIsRefused() throws IOException {
        Path file = write("two-levels.csv", "一级分类,二级分类\n城乡建设,安全生产\n");

        assertThatThrownBy(() -> new TaxonomySource(file.toString(), null, 3).load())
                .hasMessageContaining("line 1:").hasMessageContaining("level 3");
    }

    @Test
    void anUnknownFormatIsRefused() throws IOException {
        Path file = write("areas.txt", "x");

        assertThatThrownBy(() -> new TaxonomySource(file.toString(), "xml", 1).load())
                .hasMessageContaining("unknown format 'xml'");
    }

    @Test
    void theServiceDoesNotStartOnABrokenFile() throws IOException {
        Path file = write("broken.yml", """
                areas:
                  - code: other
                    name: 其他
                    keywords:
                      投诉: 很多
                """);

        assertThatThrownBy(() -> {
            try (ApplicationContext ignored = ApplicationContext.run(Map.of("ledger.taxonomy.path", file.toString()),
                    "test")) {
                // Startup alone must fail: the taxonomy is loaded eagerly.
            }
        }).satisfies(e -> assertThat(rootMessage(e)).contains(file.toString()).contains("line 5:")
                .contains("must be a number"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
