package io.responseledger.intake.topicarea;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/** Settings under {@code ledger.taxonomy}: which taxonomy file and how confident a suggestion must be. */
@ConfigurationProperties("ledger.taxonomy")
public interface TaxonomyConfiguration {

    /** A taxonomy file ({@code LEDGER_TAXONOMY_PATH}); unset: the default shipped in the jar. */
    @Nullable
    String getPath();

    /** {@code yaml} or {@code levels-csv}; unset: from the file name ({@code .csv} is levels-csv). */
    @Nullable
    String getFormat();

    /** For a levels CSV: which level's categories are the topic areas, 1 for the most general. */
    @Bindable(defaultValue = "1")
    @Min(1)
    int getLevel();

    /** Below this confidence a report is routed to {@code other} for a person to decide. */
    @Bindable(defaultValue = "0.3")
    @DecimalMin("0")
    @DecimalMax("1")
    double getConfidenceThreshold();

    /** How many times a term in the title counts compared with one in the body. */
    @Bindable(defaultValue = "2")
    @DecimalMin("1")
    double getTitleWeight();

    /** The area score at which the strength factor of the confidence reaches one half. */
    @Bindable(defaultValue = "4")
    @DecimalMin(value = "0", inclusive = false)
    double getSaturation();

    default TaxonomySource toSource() {
        return new TaxonomySource(getPath(), getFormat(), getLevel());
    }

    default ScoringSettings toScoring() {
        return new ScoringSettings(getTitleWeight(), getSaturation(), getConfidenceThreshold());
    }
}
