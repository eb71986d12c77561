package io.responseledger.intake.topicarea;

/**
 * How keyword matches become a suggestion (see docs/topic-areas.md for the formula).
 *
 * @param titleWeight         how many times a term in the title counts compared with one in the body
 * @param saturation          the score at which the strength of the evidence reaches one half
 * @param confidenceThreshold below it, the report goes to {@code other} for a person to decide
 */
public record ScoringSettings(double titleWeight, double saturation, double confidenceThreshold) {

    public static final ScoringSettings DEFAULTS = new ScoringSettings(2.0, 4.0, 0.3);

    public ScoringSettings {
        if (!(titleWeight >= 1)) {
            throw new IllegalArgumentException("titleWeight must be at least 1, was " + titleWeight);
        }
        if (!(saturation > 0)) {
            throw new IllegalArgumentException("saturation must be positive, was " + saturation);
        }
        if (!(confidenceThreshold >= 0 && confidenceThreshold <= 1)) {
            throw new IllegalArgumentException("confidenceThreshold must lie in 0..1, was " + confidenceThreshold);
        }
    }
}
