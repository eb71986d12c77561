package io.responseledger.intake.topicarea;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.TopicSuggestion;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Decides the topic area of every report, whatever its channel: an area set by the monitor always wins;
 * otherwise the report goes to {@link TopicAreas#DEFAULT_CODE} for a person to decide.
 */
@Singleton
public class TopicRouter {

    public RoutedTopic route(@Nullable String monitorArea, String title, String body) {
        if (monitorArea != null) {
            return new RoutedTopic(monitorArea, new TopicSuggestion(null, 0, List.of(), "MONITOR"));
        }
        return new RoutedTopic(TopicAreas.DEFAULT_CODE, new TopicSuggestion(null, 0, List.of(), "FALLBACK"));
    }
}
