package io.responseledger.intake.topicarea;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.TopicSuggestion;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Decides the topic area of every report, whatever its channel: an area set by the monitor always wins; otherwise
 * the taxonomy's best-scoring area if the suggestion is confident enough, else {@link TopicAreas#DEFAULT_CODE} for
 * a person to decide. The suggestion is computed and published in every case, so a person can see it.
 */
@Singleton
public class TopicRouter {

    public static final String DECIDED_BY_MONITOR = "MONITOR";
    public static final String DECIDED_BY_SUGGESTION = "SUGGESTION";
    public static final String DECIDED_BY_FALLBACK = "FALLBACK";

    private final TopicSuggester suggester;
    private final double confidenceThreshold;

    @Inject
    TopicRouter(TopicAreas topicAreas, TaxonomyConfiguration configuration) {
        this(topicAreas, configuration.toScoring());
    }

    TopicRouter(TopicAreas topicAreas, ScoringSettings scoring) {
        this.suggester = new TopicSuggester(topicAreas.all(), scoring);
        this.confidenceThreshold = scoring.confidenceThreshold();
    }

    public RoutedTopic route(@Nullable String monitorArea, String title, String body) {
        Suggestion suggestion = suggester.suggest(title, body);
        if (monitorArea != null) {
            return routed(monitorArea, suggestion, DECIDED_BY_MONITOR);
        }
        if (suggestion.area() != null && suggestion.confidence() >= confidenceThreshold) {
            return routed(suggestion.area(), suggestion, DECIDED_BY_SUGGESTION);
        }
        return routed(TopicAreas.DEFAULT_CODE, suggestion, DECIDED_BY_FALLBACK);
    }

    private static RoutedTopic routed(String area, Suggestion suggestion, String decidedBy) {
        return new RoutedTopic(area, new TopicSuggestion(suggestion.area(), suggestion.confidence(),
                suggestion.matchedTerms(), decidedBy));
    }
}
