package io.responseledger.intake.topicarea;

import io.micronaut.context.exceptions.ConfigurationException;
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
    }

    @Test
    void configurationWithoutTheDefaultTopicAreaIsRefused() {
        var housing = new TopicArea("housing");
        housing.setName("房地产与住房");

        assertThatThrownBy(() -> new TopicAreas(List.of(housing)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'other'");
    }
}
