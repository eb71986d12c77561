package io.responseledger.intake.topicarea;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false)
class TopicAreasTest {

    @Inject
    TopicAreas topicAreas;

    @Test
    void provincialHotTopicsAreConfiguredWithTheirChineseNames() {
        assertThat(topicAreas.codes()).containsExactlyInAnyOrder("epidemic", "housing", "wage-arrears",
                "environment", "grain-oil", "food-drug", "education-medical-elderly", "work-safety", "livelihood",
                "other");
        assertThat(topicAreas.find("wage-arrears")).hasValueSatisfying(area -> assertThat(area.getName()).isEqualTo("欠薪治理"));
        assertThat(topicAreas.find("education-medical-elderly"))
                .hasValueSatisfying(area -> assertThat(area.getName()).isEqualTo("教育医疗养老"));
        assertThat(topicAreas.find("other")).hasValueSatisfying(area -> assertThat(area.getName()).isEqualTo("其他"));
        assertThat(topicAreas.source()).isEqualTo("classpath:" + TaxonomySource.DEFAULT_RESOURCE);
    }

    @Test
    void everyHotTopicHasKeywordsToBeRecognisedBy() {
        for (TopicArea area : topicAreas.all()) {
            assertThat(area.getKeywords()).as(area.getCode()).hasSizeGreaterThanOrEqualTo(10);
        }
        assertThat(topicAreas.find("wage-arrears").orElseThrow().getKeywords())
                .extracting(Keyword::term).contains("拖欠工资", "讨薪", "农民工");
    }

    @Test
    void aTaxonomyWithoutTheDefaultTopicAreaIsRefused() {
        var housing = new TopicArea("housing", "房地产与住房", null, List.of(), List.of());

        assertThatThrownBy(() -> new TopicAreas(new Taxonomy("areas.yml", List.of(housing))))
                .isInstanceOf(InvalidTaxonomyException.class)
                .hasMessageContaining("areas.yml")
                .hasMessageContaining("'other'");
    }
}
