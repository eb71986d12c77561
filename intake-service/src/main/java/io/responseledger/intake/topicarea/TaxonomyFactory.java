package io.responseledger.intake.topicarea;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
class TaxonomyFactory {

    private static final Logger LOG = LoggerFactory.getLogger(TaxonomyFactory.class);

    /** Eager: a broken taxonomy file stops the service at startup, not at the first report. */
    @Context
    TopicAreas topicAreas(TaxonomyConfiguration configuration) {
        TopicAreas areas = new TopicAreas(configuration.toSource().load());
        LOG.info("Topic-area taxonomy loaded: source={} areas={}", areas.source(), areas.codes().size());
        return areas;
    }
}
