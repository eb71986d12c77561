package io.responseledger.intake.topicarea;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The best-scoring area for a text, before any routing decision.
 *
 * @param area         code of the best area, null when no keyword matched
 * @param confidence   0..1
 * @param matchedTerms the best area's terms found in the text, strongest first
 */
record Suggestion(@Nullable String area, double confidence, List<String> matchedTerms) {

    static final Suggestion NONE = new Suggestion(null, 0, List.of());
}
