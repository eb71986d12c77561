package io.responseledger.intake.topicarea;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The board's three-level category scheme, loaded by configuration alone: no keywords, no codes, no 'other'. */
class LevelsCsvTaxonomyTest {

    static final String SAMPLE = "src/test/resources/topicarea/levels-sample.csv";
    /** The shared data lies beside the checkout (or beside the folder of worktrees), never inside it. */
    private static final Path SHARED = sharedData("category_taxonomy.csv");

    @Test
    void firstLevelCategoriesBecomeAreasAndOtherIsAdded() {
        TopicAreas areas = new TopicAreas(new TaxonomySource(SAMPLE, null, 1).load());

        assertThat(areas.all()).extracting(TopicArea::getCode)
                .containsExactly("城乡建设", "劳动和社会保障", "教育文体", "other");
        assertThat(areas.find("城乡建设").orElseThrow().getName()).isEqualTo("城乡建设");
    }

    @Test
    void secondLevelAreasAreCodedByTheirPathBecauseNamesRepeat() {
        TopicAreas areas = new TopicAreas(new TaxonomySource(SAMPLE, "levels-csv", 2).load());

        assertThat(areas.codes()).contains("城乡建设/安全生产", "劳动和社会保障/安全生产", "城乡建设/住房保障与房地产");
        assertThat(areas.find("城乡建设/住房保障与房地产").orElseThrow().getName()).isEqualTo("城乡建设 / 住房保障与房地产");
    }

    @Test
    void keywordsAreDerivedFromTheNamesOfTheAreaAndEverythingUnderIt() {
        TopicArea construction = new TopicAreas(new TaxonomySource(SAMPLE, null, 1).load()).find("城乡建设").orElseThrow();

        assertThat(construction.getKeywords()).extracting(Keyword::term)
                .contains("城乡建设", "园林绿化环卫", "园林", "绿化", "环卫", "市政管理", "燃气供应", "物业管理", "房产证办理")
                .doesNotContain("管理", "其他", "建设");
    }

    @Test
    void aTermSharedByAreasWeighsLessThanOneOfTheirOwn() {
        TopicAreas areas = new TopicAreas(new TaxonomySource(SAMPLE, null, 1).load());

        // 安全生产 sits under two first-level categories, 拖欠工资 under one.
        assertThat(weight(areas, "劳动和社会保障", "安全生产")).isEqualTo(1.0);
        assertThat(weight(areas, "劳动和社会保障", "拖欠工资")).isEqualTo(2.0);
    }

    @Test
    void reportsAreRoutedToTheSchemesCategories() {
        TopicAreas areas = new TopicAreas(new TaxonomySource(SAMPLE, null, 1).load());
        TopicRouter router = new TopicRouter(areas, ScoringSettings.DEFAULTS);

        assertThat(router.route(null, "小区环卫工人清运垃圾不及时", "绿化带里堆满垃圾。").topicArea()).isEqualTo("城乡建设");
        assertThat(router.route(null, "公司拖欠工资三个月", "").topicArea()).isEqualTo("劳动和社会保障");
        assertThat(router.route(null, "今年中考招生政策", "").topicArea()).isEqualTo("教育文体");
    }

    @Test
    void theBoardsOwnSchemeLoadsAtEachLevel() {
        assumeTrue(Files.isReadable(SHARED), "skipped: " + SHARED.toAbsolutePath().normalize()
                + " is absent (the shared data lies outside the repository)");

        TopicAreas topLevel = new TopicAreas(new TaxonomySource(SHARED.toString(), null, 1).load());
        TopicAreas secondLevel = new TopicAreas(new TaxonomySource(SHARED.toString(), null, 2).load());
        TopicRouter router = new TopicRouter(topLevel, ScoringSettings.DEFAULTS);

        assertThat(topLevel.codes()).hasSize(16).contains("城乡建设", "劳动和社会保障", "环境保护", "other");
        assertThat(secondLevel.codes()).hasSizeGreaterThan(90).contains("城乡建设/住房保障与房地产");
        assertThat(router.route(null, "小区旁工厂排放废气造成环境污染", "").topicArea()).isEqualTo("环境保护");
    }

    private static Path sharedData(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(file);
            if (Files.isReadable(candidate)) {
                return candidate;
            }
        }
        return Path.of("../shared/data", file);
    }

    private static double weight(TopicAreas areas, String code, String term) {
        return areas.find(code).orElseThrow().getKeywords().stream().filter(k -> k.term().equals(term))
                .findFirst().orElseThrow().weight();
    }
}
