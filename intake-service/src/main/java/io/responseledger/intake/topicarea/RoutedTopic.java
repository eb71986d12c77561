package io.responseledger.intake.topicarea;

import io.responseledger.contracts.TopicSuggestion;

/**
 * Where a report goes and why.
 *
 * @param topicArea  the topic-area code the report is routed to
 * @param suggestion how that was decided, published with the report
 */
public record RoutedTopic(String topicArea, TopicSuggestion suggestion) {
}
