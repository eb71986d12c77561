package io.responseledger.intake.topicarea;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Another taxonomy is a matter of configuration: the service routes and validates by the file it is given. */
@MicronautTest(startApplication = false)
@Property(name = "ledger.taxonomy.path", value = LevelsCsvTaxonomyTest.SAMPLE)
class ConfiguredTaxonomyTest {

    @Inject
    TopicAreas topicAreas;
    @Inject
    TopicRouter router;
    @Inject
    Validator validator;

    @Test
    void theServiceRunsOnTheConfiguredScheme() {
        assertThat(topicAreas.codes()).containsExactlyInAnyOrder("城乡建设", "劳动和社会保障", "教育文体", "other");
        assertThat(router.route(null, "公司拖欠工资", "").topicArea()).isEqualTo("劳动和社会保障");
    }

    @Test
    void monitorsChooseAmongTheConfiguredSchemesAreas() {
        assertThat(validator.validate(new Choice("教育文体"))).isEmpty();
        assertThat(validator.validate(new Choice("wage-arrears"))).singleElement()
                .satisfies(violation -> assertThat(violation.getMessage()).contains("城乡建设"));
    }

    @Introspected
    record Choice(@KnownTopicArea String topicArea) {
    }
}
