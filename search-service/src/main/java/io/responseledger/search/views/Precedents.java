package io.responseledger.search.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Past responses most like a case or a text, each with its commitments and whether they were kept.
 *
 * @param caseId the case the precedents are for (null for a free text)
 * @param basis  the text compared: the case's title and reports, or the given text (cut to 200 characters)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record Precedents(@Nullable String caseId, String basis, String asOf, List<Precedent> precedents) {

    /**
     * @param kept commitments by outcome (KEPT_ON_TIME, KEPT_LATE, FAILED, OVERDUE, WITHDRAWN, PENDING)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Precedent(String caseId, String responseId, String caseTitle, String text, @Nullable String channel,
                     @Nullable String publishingUnit, @Nullable String publishedAt, @Nullable String visibility,
                     String topicArea, double score, List<Commitment> commitments,
                     java.util.Map<String, Long> kept) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Commitment(String commitmentId, @Nullable String content, @Nullable String ownerUnit,
                      @Nullable String dueDate, @Nullable String status, String outcome) {
    }
}
