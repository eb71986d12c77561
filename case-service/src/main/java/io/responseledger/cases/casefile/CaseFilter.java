package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.responseledger.contracts.Severity;

import java.util.ArrayList;
import java.util.List;

/** Which cases a list shows; every criterion is optional. */
public record CaseFilter(@Nullable CaseStatus status, @Nullable String topicArea, @Nullable String leadUnit,
                         @Nullable Severity severity, @Nullable String region, @Nullable Boolean overdue) {

    public CaseFilter(@Nullable CaseStatus status, @Nullable String topicArea, @Nullable String leadUnit) {
        this(status, topicArea, leadUnit, null, null, null);
    }

    /** The same criteria, restricted to one lead unit (an officer's scope). */
    public CaseFilter withLeadUnit(String unit) {
        return new CaseFilter(status, topicArea, unit, severity, region, overdue);
    }

    @SuppressWarnings("unchecked")
    PredicateSpecification<CaseFile> toSpecification() {
        List<PredicateSpecification<CaseFile>> criteria = new ArrayList<>();
        if (status != null) {
            criteria.add((root, cb) -> cb.equal(root.get("status"), status));
        }
        if (topicArea != null) {
            criteria.add((root, cb) -> cb.equal(root.get("topicArea"), topicArea));
        }
        if (leadUnit != null) {
            criteria.add((root, cb) -> cb.equal(root.get("leadUnit"), leadUnit));
        }
        if (severity != null) {
            criteria.add((root, cb) -> cb.equal(root.get("severity"), severity));
        }
        if (region != null) {
            criteria.add((root, cb) -> cb.equal(root.get("region"), region));
        }
        if (overdue != null) {
            criteria.add((root, cb) -> cb.equal(root.get("overdue"), overdue));
        }
        return criteria.stream()
                .reduce(PredicateSpecification::and)
                .orElse((PredicateSpecification<CaseFile>) PredicateSpecification.ALL);
    }
}
