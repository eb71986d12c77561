package io.responseledger.intake.topicarea;

/**
 * One term of a topic area with its weight: how strongly finding it points to (or, for an excluded term, away
 * from) the area. The term is stored normalised (NFKC, lower case) as it is matched.
 */
public record Keyword(String term, double weight) {
}
