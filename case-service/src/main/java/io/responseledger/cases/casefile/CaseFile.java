package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.responseledger.contracts.Engagement;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A case (案件): one real-world issue, opened from a report, with the unit responsible for answering it and the
 * clock it must answer by. Immutable: every change goes through {@link CaseTransition}, returns a new instance
 * with the version raised by one, and is stored together with the event announcing it.
 *
 * @param reportCount         how many reports are attached (heat)
 * @param version             1 when opened, one more with every change; the case events carry it, and clients
 *                            send it back in {@code If-Match} (optimistic locking)
 * @param coUnits             co-handling units (协办单位), newline-separated; null when none
 * @param assignee            the person at the lead unit handling it, if named
 * @param intakeChannel       the channel of the report that opened it; with the severity it selects the
 *                            deadline policy
 * @param responseDueAt       when the response is due (deadline policy, pauses and extensions included)
 * @param pressConferenceDueAt for major emergencies: when a press conference must have been held
 * @param firstRespondedAt    when the first response was published
 * @param pausedAt            while the clock is paused (waiting on the citizen): since when
 * @param pausedSeconds       clock time paused so far, excluded from the time to respond
 * @param transferCount       transfers between units so far
 * @param unacceptedTransfers transfers in a row that no unit accepted; the third escalates
 * @param overdue             the response deadline passed without a response
 * @param closedAt            when the case was last closed or rejected
 * @param mergedInto          the case this one was merged into
 * @param rejectionReason     why the case was rejected as not in scope
 * @param referredTo          the body the matter belongs to instead (rejected cases)
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
        long version,
        @Nullable String region,
        @Nullable Severity severity,
        @Nullable String coUnits,
        @Nullable String assignee,
        @Nullable ReportSource intakeChannel,
        long engagementReposts,
        long engagementComments,
        long engagementLikes,
        @Nullable Instant responseDueAt,
        @Nullable Instant pressConferenceDueAt,
        @Nullable Instant firstRespondedAt,
        @Nullable Instant pausedAt,
        long pausedSeconds,
        int transferCount,
        int unacceptedTransfers,
        boolean overdue,
        @Nullable Instant closedAt,
        @Nullable UUID mergedInto,
        @Nullable String rejectionReason,
        @Nullable String referredTo) {

    /** Transfers in a row without acceptance after which the case goes to the supervisor. */
    public static final int TRANSFERS_BEFORE_ESCALATION = 3;

    /** The first release's fields only; the rest empty (imports, older callers). */
    public CaseFile(UUID id, String title, String topicArea, CaseStatus status, @Nullable String leadUnit,
                    int reportCount, Instant openedAt, Instant updatedAt, long version) {
        this(id, title, topicArea, status, leadUnit, reportCount, openedAt, updatedAt, version, null, null, null,
                null, null, 0, 0, 0, null, null, null, null, 0, 0, 0, false, null, null, null, null);
    }

    public static CaseFile open(UUID id, String title, String topicArea, Instant now) {
        return new CaseFile(id, title, topicArea, CaseStatus.NEW, null, 1, now, now, 1);
    }

    /** A case opened from a report, with its heat and the deadlines its severity and channel call for. */
    public static CaseFile open(UUID id, String title, String topicArea, Instant now, @Nullable String region,
                                Severity severity, ReportSource channel, Engagement engagement,
                                Deadlines deadlines) {
        return new CaseFile(id, title, topicArea, CaseStatus.NEW, null, 1, now, now, 1, region, severity, null,
                null, channel, engagement.reposts(), engagement.comments(), engagement.likes(),
                deadlines.responseDueAt(), deadlines.pressConferenceDueAt(), null, null, 0, 0, 0, false, null, null,
                null, null);
    }

    /**
     * A case from the historical ledger (历史台账导入): already answered and closed when it arrives, opened when
     * the citizen's message was posted.
     */
    public static CaseFile imported(UUID id, String title, String topicArea, @Nullable String leadUnit,
                                    Instant postedAt, Instant repliedAt, Instant now) {
        // Answered and closed when the reply was published: statistics count its time to respond from these.
        return new CaseFile(id, title, topicArea, CaseStatus.CLOSED, leadUnit, 1, postedAt, now, 1, null,
                Severity.GENERAL, null, null, ReportSource.OTHER, 0, 0, 0, null, null, repliedAt, null, 0, 0, 0,
                false, repliedAt, null, null, null);
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

    public boolean isPaused() {
        return pausedAt != null;
    }

    public boolean isMergedAway() {
        return mergedInto != null;
    }

    public List<String> coUnitList() {
        return coUnits == null || coUnits.isEmpty() ? List.of() : Arrays.asList(coUnits.split("\n"));
    }

    public Engagement engagementSum() {
        return new Engagement(engagementReposts, engagementComments, engagementLikes);
    }

    /** Paused clock time up to {@code at}, including a pause still running then. */
    public long pausedSecondsUntil(Instant at) {
        long running = pausedAt != null && at.isAfter(pausedAt) ? Duration.between(pausedAt, at).getSeconds() : 0;
        return pausedSeconds + running;
    }

    public boolean needsEscalation() {
        return status == CaseStatus.TRANSFERRING && unacceptedTransfers >= TRANSFERS_BEFORE_ESCALATION;
    }

    public CaseFile assignedTo(String unit, Instant now) {
        return assignedTo(unit, assignee, now);
    }

    public CaseFile assignedTo(String unit, @Nullable String assigneeName, Instant now) {
        Draft d = draft(CaseTransition.ASSIGN);
        d.leadUnit = unit;
        d.assignee = assigneeName;
        d.unacceptedTransfers = 0;
        return d.commit(now);
    }

    public CaseFile transferredTo(String unit, Instant now) {
        Draft d = draft(CaseTransition.TRANSFER);
        d.leadUnit = unit;
        d.assignee = null;
        d.transferCount++;
        d.unacceptedTransfers++;
        return d.commit(now);
    }

    public CaseFile transferAccepted(@Nullable String assigneeName, Instant now) {
        Draft d = draft(CaseTransition.ACCEPT_TRANSFER);
        d.unacceptedTransfers = 0;
        d.assignee = assigneeName;
        return d.commit(now);
    }

    public CaseFile escalated(Instant now) {
        return draft(CaseTransition.ESCALATE).commit(now);
    }

    /** A response published at {@code publishedAt}; a paused clock stops being paused, the matter is answered. */
    public CaseFile responded(Instant publishedAt, Instant now) {
        Draft d = draft(CaseTransition.RECORD_RESPONSE);
        if (pausedAt != null) {
            d.unpause(now);
        }
        if (firstRespondedAt == null || publishedAt.isBefore(firstRespondedAt)) {
            d.firstRespondedAt = publishedAt;
        }
        return d.commit(now);
    }

    public CaseFile responded(Instant now) {
        return responded(now, now);
    }

    public CaseFile closed(Instant now) {
        Draft d = draft(CaseTransition.CLOSE);
        d.closedAt = now;
        return d.commit(now);
    }

    public CaseFile rejected(String reason, String rightBody, Instant now) {
        Draft d = draft(CaseTransition.REJECT);
        if (pausedAt != null) {
            d.unpause(now);
        }
        d.rejectionReason = reason;
        d.referredTo = rightBody;
        d.closedAt = now;
        return d.commit(now);
    }

    /** Back to work with a fresh response deadline; NEW when no unit was ever assigned. */
    public CaseFile reopened(Deadlines deadlines, Instant now) {
        Draft d = draft(CaseTransition.REOPEN);
        d.status = leadUnit == null ? CaseStatus.NEW : CaseStatus.ASSIGNED;
        d.responseDueAt = deadlines.responseDueAt();
        d.pressConferenceDueAt = deadlines.pressConferenceDueAt();
        d.overdue = false;
        d.unacceptedTransfers = 0;
        d.rejectionReason = null;
        d.referredTo = null;
        return d.commit(now);
    }

    public CaseFile paused(Instant now) {
        Draft d = draft(CaseTransition.PAUSE);
        if (pausedAt != null) {
            throw new CaseConflictException(id, "计时已暂停", "案件自 " + pausedAt + " 起已暂停计时");
        }
        d.pausedAt = now;
        return d.commit(now);
    }

    /** The deadlines move by the time the clock stood still. */
    public CaseFile resumed(Instant now) {
        Draft d = draft(CaseTransition.RESUME);
        if (pausedAt == null) {
            throw new CaseConflictException(id, "计时未暂停", "案件计时未暂停，无需恢复");
        }
        d.unpause(now);
        return d.commit(now);
    }

    /** An approved extension: the response is now due at {@code newDueAt}. */
    public CaseFile extendedTo(Instant newDueAt, Instant now) {
        Draft d = draft(CaseTransition.DECIDE_EXTENSION);
        d.responseDueAt = newDueAt;
        if (overdue && newDueAt.isAfter(now)) {
            d.overdue = false;
        }
        return d.commit(now);
    }

    /** A refused extension changes nothing but the version: the refusal is a change of the case's record. */
    public CaseFile extensionRefused(Instant now) {
        return draft(CaseTransition.DECIDE_EXTENSION).commit(now);
    }

    public CaseFile extensionRequested(Instant now) {
        return draft(CaseTransition.REQUEST_EXTENSION).commit(now);
    }

    /**
     * @param deadlines the deadlines recomputed for the new severity, or null to keep the current ones
     */
    public CaseFile withDetails(String newTopicArea, @Nullable String newRegion, Severity newSeverity,
                                List<String> newCoUnits, @Nullable Deadlines deadlines, Instant now) {
        Draft d = draft(CaseTransition.CHANGE_DETAILS);
        d.topicArea = newTopicArea;
        d.region = newRegion;
        d.severity = newSeverity;
        d.coUnits = newCoUnits.isEmpty() ? null : String.join("\n", newCoUnits);
        if (deadlines != null) {
            d.responseDueAt = deadlines.responseDueAt();
            d.pressConferenceDueAt = deadlines.pressConferenceDueAt();
        }
        return d.commit(now);
    }

    public CaseFile withReportAttached(Engagement engagement, Instant now) {
        Draft d = draft(CaseTransition.ATTACH_REPORT);
        d.reportCount++;
        d.add(engagement, 1);
        return d.commit(now);
    }

    /** A report moved from this case to another (a monitor decided it belongs there). */
    public CaseFile withReportDetached(Engagement engagement, Instant now) {
        Draft d = draft(CaseTransition.ATTACH_REPORT);
        d.reportCount--;
        d.add(engagement, -1);
        return d.commit(now);
    }

    /** This case takes over {@code other}'s reports and heat. */
    public CaseFile mergedWith(CaseFile other, Instant now) {
        Draft d = draft(CaseTransition.MERGE_IN);
        d.reportCount += other.reportCount;
        d.add(other.engagementSum(), 1);
        return d.commit(now);
    }

    /** Closed as a duplicate of {@code survivor}, which took its reports. */
    public CaseFile mergedAwayInto(UUID survivor, Instant now) {
        Draft d = draft(CaseTransition.MERGE_AWAY);
        if (pausedAt != null) {
            d.unpause(now);
        }
        d.mergedInto = survivor;
        d.closedAt = now;
        d.reportCount = 0;
        d.engagementReposts = 0;
        d.engagementComments = 0;
        d.engagementLikes = 0;
        return d.commit(now);
    }

    private Draft draft(CaseTransition transition) {
        require(transition);
        if (isMergedAway() && transition != CaseTransition.ATTACH_REPORT) {
            throw new CaseConflictException(id, "案件已合并", "案件已并入案件 " + mergedInto + "，请在该案件上办理");
        }
        Draft d = new Draft(this);
        if (transition.target() != null) {
            d.status = transition.target();
        }
        return d;
    }

    /** The fields of a case being changed; {@link #commit} raises the version. */
    private static final class Draft {
        private final CaseFile from;
        String topicArea;
        CaseStatus status;
        String leadUnit;
        int reportCount;
        String region;
        Severity severity;
        String coUnits;
        String assignee;
        long engagementReposts;
        long engagementComments;
        long engagementLikes;
        Instant responseDueAt;
        Instant pressConferenceDueAt;
        Instant firstRespondedAt;
        Instant pausedAt;
        long pausedSeconds;
        int transferCount;
        int unacceptedTransfers;
        boolean overdue;
        Instant closedAt;
        UUID mergedInto;
        String rejectionReason;
        String referredTo;

        Draft(CaseFile c) {
            from = c;
            topicArea = c.topicArea;
            status = c.status;
            leadUnit = c.leadUnit;
            reportCount = c.reportCount;
            region = c.region;
            severity = c.severity;
            coUnits = c.coUnits;
            assignee = c.assignee;
            engagementReposts = c.engagementReposts;
            engagementComments = c.engagementComments;
            engagementLikes = c.engagementLikes;
            responseDueAt = c.responseDueAt;
            pressConferenceDueAt = c.pressConferenceDueAt;
            firstRespondedAt = c.firstRespondedAt;
            pausedAt = c.pausedAt;
            pausedSeconds = c.pausedSeconds;
            transferCount = c.transferCount;
            unacceptedTransfers = c.unacceptedTransfers;
            overdue = c.overdue;
            closedAt = c.closedAt;
            mergedInto = c.mergedInto;
            rejectionReason = c.rejectionReason;
            referredTo = c.referredTo;
        }

        void unpause(Instant now) {
            long seconds = Math.max(0, Duration.between(pausedAt, now).getSeconds());
            pausedSeconds += seconds;
            responseDueAt = responseDueAt == null ? null : responseDueAt.plusSeconds(seconds);
            pressConferenceDueAt = pressConferenceDueAt == null ? null : pressConferenceDueAt.plusSeconds(seconds);
            pausedAt = null;
        }

        void add(Engagement engagement, int sign) {
            if (engagement != null) {
                engagementReposts = Math.max(0, engagementReposts + sign * engagement.reposts());
                engagementComments = Math.max(0, engagementComments + sign * engagement.comments());
                engagementLikes = Math.max(0, engagementLikes + sign * engagement.likes());
            }
        }

        CaseFile commit(Instant now) {
            return new CaseFile(from.id, from.title, topicArea, status, leadUnit, reportCount, from.openedAt, now,
                    from.version + 1, region, severity, coUnits, assignee, from.intakeChannel, engagementReposts,
                    engagementComments, engagementLikes, responseDueAt, pressConferenceDueAt, firstRespondedAt,
                    pausedAt, pausedSeconds, transferCount, unacceptedTransfers, overdue, closedAt, mergedInto,
                    rejectionReason, referredTo);
        }
    }
}
