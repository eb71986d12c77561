package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A case (案件): one real-world issue, opened from a report, with the unit responsible for answering it.
 * Immutable: every change returns a new instance with the version raised by one, and the change and the event
 * announcing it are stored together (see {@link CaseChanges}).
 *
 * @param reportCount how many reports are attached (heat)
 * @param version     1 when opened, one more with every change; the case events carry it
 */
@MappedEntity("opinion_case")
public record CaseFile(
        @Id UUID id,
        String title,
        String topicArea,
        CaseStatus status,
        @Nullable String leadUnit,
        int reportCount,
        Instant openedAt,
        Instant updatedAt,
        long version) {

    public static CaseFile open(UUID id, String title, String topicArea, Instant now) {
        return new CaseFile(id, title, topicArea, CaseStatus.NEW, null, 1, now, now, 1);
    }

    /**
     * A case from the historical ledger (历史台账导入): already answered and closed when it arrives, opened when
     * the citizen's message was posted.
     */
    public static CaseFile imported(UUID id, String title, String topicArea, @Nullable String leadUnit,
                                    Instant postedAt, Instant now) {
        return new CaseFile(id, title, topicArea, CaseStatus.CLOSED, leadUnit, 1, postedAt, now, 1);
    }

    /**
     * Checks that {@code transition} may start from the current status.
     *
     * @throws IllegalCaseTransitionException if it may not
     */
    public void require(CaseTransition transition) {
        if (!transition.isAllowedFrom(status)) {
            throw new IllegalCaseTransitionException(id, status, transition);
        }
    }

    public boolean isAssignedTo(String unit) {
        return status == CaseStatus.ASSIGNED && Objects.equals(leadUnit, unit);
    }

    public CaseFile assignedTo(String unit, Instant now) {
        require(CaseTransition.ASSIGN);
        return new CaseFile(id, title, topicArea, CaseTransition.ASSIGN.target(), unit, reportCount, openedAt, now,
                version + 1);
    }

    public CaseFile responded(Instant now) {
        require(CaseTransition.RECORD_RESPONSE);
        return new CaseFile(id, title, topicArea, CaseTransition.RECORD_RESPONSE.target(), leadUnit, reportCount,
                openedAt, now, version + 1);
    }
}
