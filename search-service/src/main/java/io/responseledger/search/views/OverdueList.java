package io.responseledger.search.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What is late today, oldest first: cases still waiting for their response after the response deadline, and
 * commitments past their due date (or rectification deadline) without being kept.
 *
 * @param overdueCases       how many cases are overdue for a response in all (the list may be cut at the limit)
 * @param overdueCommitments how many commitments are overdue in all
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record OverdueList(String asOf, long overdueCases, long overdueCommitments, List<Item> items) {

    /**
     * @param kind     RESPONSE (a case waiting for its response) or COMMITMENT
     * @param unit     who is late: the case's lead unit, or the commitment's owner unit
     * @param dueDate  the day it was due (China Standard Time)
     * @param daysLate whole days since the due date
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(String kind, String caseId, @Nullable String responseId, @Nullable String commitmentId,
                String title, @Nullable String content, @Nullable String unit, String topicArea,
                @Nullable String dueDate, long daysLate, @Nullable String status) {
    }
}
