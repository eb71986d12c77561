package io.responseledger.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Intake's suggestion of a topic area for a report, kept beside the area the report was routed to so a person
 * can see why.
 *
 * @param suggestedArea the best-scoring area of the taxonomy, null when nothing matched
 * @param confidence    0..1; below the configured threshold the report is routed to {@code other}
 * @param matchedTerms  the taxonomy keywords found in the report
 * @param decidedBy     who decided the routed area: {@code MONITOR} (set on the report, always wins),
 *                      {@code SUGGESTION} (confident enough) or {@code FALLBACK} (routed to {@code other})
 */
@Serdeable
public record TopicSuggestion(
        @Nullable String suggestedArea,
        double confidence,
        List<String> matchedTerms,
        String decidedBy) {

    public TopicSuggestion {
        matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
    }
}
