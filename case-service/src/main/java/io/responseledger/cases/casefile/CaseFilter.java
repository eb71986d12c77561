package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;

import java.util.ArrayList;
import java.util.List;

/** Which cases a list shows; every criterion is optional. */
public record CaseFilter(@Nullable CaseStatus status, @Nullable String topicArea, @Nullable String leadUnit) {

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
        return criteria.stream()
                .reduce(PredicateSpecification::and)
                .orElse((PredicateSpecification<CaseFile>) PredicateSpecification.ALL);
    }
}
