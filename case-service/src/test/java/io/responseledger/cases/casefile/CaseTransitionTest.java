package io.responseledger.cases.casefile;

import io.responseledger.contracts.Engagement;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTransitionTest {

    private static final Instant OPENED = Instant.parse("2026-11-26T01:10:00Z");
    private static final Instant LATER = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-28T01:10:00Z");
    private static final Instant DUE_AGAIN = Instant.parse("2026-12-02T01:10:00Z");

    @Test
    void openedCaseIsNewAtVersionOneWithOneReport() {
        CaseFile opened = CaseFile.open(UUID.randomUUID(), "拖欠农民工工资", "wage-arrears", OPENED);

        assertThat(opened.status()).isEqualTo(CaseStatus.NEW);
        assertThat(opened.version()).isEqualTo(1);
        assertThat(opened.reportCount()).isEqualTo(1);
        assertThat(opened.openedAt()).isEqualTo(OPENED).isEqualTo(opened.updatedAt());
    }

    @Test
    void newCaseCanBeAssignedAndAnAssignedCaseReassigned() {
        CaseFile assigned = newCase().assignedTo("区住建局", LATER);
        CaseFile reassigned = assigned.assignedTo("区政府", LATER.plusSeconds(60));

        assertThat(assigned.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(assigned.version()).isEqualTo(2);
        assertThat(assigned.updatedAt()).isEqualTo(LATER);
        assertThat(reassigned.leadUnit()).isEqualTo("区政府");
        assertThat(reassigned.version()).isEqualTo(3);
        assertThat(reassigned.openedAt()).isEqualTo(OPENED);
    }

    @Test
    void assignedCaseCanBeRespondedToMoreThanOnce() {
        CaseFile responded = newCase().assignedTo("区人社局", LATER).responded(LATER);
        CaseFile respondedAgain = responded.responded(LATER.plusSeconds(3600));

        assertThat(responded.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(responded.leadUnit()).isEqualTo("区人社局");
        assertThat(respondedAgain.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(respondedAgain.version()).isEqualTo(4);
    }

    @Test
    void newCaseCannotBeRespondedToBeforeItIsAssigned() {
        assertThatThrownBy(() -> newCase().responded(LATER))
                .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(CaseStatus.NEW);
                    assertThat(e.transition()).isEqualTo(CaseTransition.RECORD_RESPONSE);
                    assertThat(e.allowedStatuses()).containsExactly(CaseStatus.ASSIGNED, CaseStatus.RESPONDED);
                });
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"RESPONDED", "CLOSED"})
    void caseCannotBeAssignedOnceResponded(CaseStatus status) {
        CaseFile caseFile = inStatus(status);

        assertThatThrownBy(() -> caseFile.assignedTo("区人社局", LATER))
                .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(status);
                    assertThat(e.allowedStatuses()).containsExactly(CaseStatus.NEW, CaseStatus.ASSIGNED,
                            CaseStatus.TRANSFERRING, CaseStatus.ESCALATED);
                });
    }

    @Test
    void closedCaseCannotBeRespondedTo() {
        assertThatThrownBy(() -> inStatus(CaseStatus.CLOSED).responded(LATER))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessageContaining("CLOSED");
    }

    @Test
    void onlyAnAssignedCaseWithTheSameUnitCountsAsAlreadyAssignedToIt() {
        CaseFile assigned = newCase().assignedTo("区人社局", LATER);

        assertThat(assigned.isAssignedTo("区人社局")).isTrue();
        assertThat(assigned.isAssignedTo("住建局")).isFalse();
        assertThat(assigned.responded(LATER).isAssignedTo("区人社局")).isFalse();
    }

    /**
     * The state machine as docs/case-lifecycle.md draws it. Kept here by hand, apart from the enum, so that a
     * change to the machine must change the documented table too.
     */
    private static final Map<CaseTransition, Set<CaseStatus>> DOCUMENTED = Map.ofEntries(
            Map.entry(CaseTransition.ASSIGN, EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING,
                    CaseStatus.ESCALATED)),
            Map.entry(CaseTransition.TRANSFER, EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING)),
            Map.entry(CaseTransition.ACCEPT_TRANSFER, EnumSet.of(CaseStatus.TRANSFERRING)),
            Map.entry(CaseTransition.ESCALATE, EnumSet.of(CaseStatus.TRANSFERRING)),
            Map.entry(CaseTransition.RECORD_RESPONSE, EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.RESPONDED)),
            Map.entry(CaseTransition.CLOSE, EnumSet.of(CaseStatus.RESPONDED)),
            Map.entry(CaseTransition.REJECT, EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING,
                    CaseStatus.ESCALATED)),
            Map.entry(CaseTransition.REOPEN, EnumSet.of(CaseStatus.CLOSED, CaseStatus.REJECTED)),
            Map.entry(CaseTransition.PAUSE, EnumSet.of(CaseStatus.ASSIGNED)),
            Map.entry(CaseTransition.RESUME, EnumSet.of(CaseStatus.ASSIGNED)),
            Map.entry(CaseTransition.REQUEST_EXTENSION, EnumSet.of(CaseStatus.ASSIGNED)),
            Map.entry(CaseTransition.DECIDE_EXTENSION, EnumSet.of(CaseStatus.ASSIGNED)),
            Map.entry(CaseTransition.CHANGE_DETAILS, EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED,
                    CaseStatus.TRANSFERRING, CaseStatus.ESCALATED, CaseStatus.RESPONDED)),
            Map.entry(CaseTransition.ATTACH_REPORT, EnumSet.allOf(CaseStatus.class)),
            Map.entry(CaseTransition.MERGE_IN, EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED,
                    CaseStatus.TRANSFERRING, CaseStatus.ESCALATED, CaseStatus.RESPONDED)),
            Map.entry(CaseTransition.MERGE_AWAY, EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED,
                    CaseStatus.TRANSFERRING, CaseStatus.ESCALATED, CaseStatus.RESPONDED, CaseStatus.REJECTED)),
            Map.entry(CaseTransition.MARK_OVERDUE, EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED,
                    CaseStatus.TRANSFERRING, CaseStatus.ESCALATED)));

    private static final Map<CaseTransition, CaseStatus> DOCUMENTED_TARGETS = Map.of(
            CaseTransition.ASSIGN, CaseStatus.ASSIGNED,
            CaseTransition.TRANSFER, CaseStatus.TRANSFERRING,
            CaseTransition.ACCEPT_TRANSFER, CaseStatus.ASSIGNED,
            CaseTransition.ESCALATE, CaseStatus.ESCALATED,
            CaseTransition.RECORD_RESPONSE, CaseStatus.RESPONDED,
            CaseTransition.CLOSE, CaseStatus.CLOSED,
            CaseTransition.REJECT, CaseStatus.REJECTED,
            CaseTransition.REOPEN, CaseStatus.ASSIGNED,
            CaseTransition.MERGE_AWAY, CaseStatus.CLOSED);

    /** Each transition applied as the services apply it. MARK_OVERDUE is a conditional UPDATE, not a method. */
    private static final Map<CaseTransition, Function<CaseFile, CaseFile>> APPLY = Map.ofEntries(
            Map.entry(CaseTransition.ASSIGN, c -> c.assignedTo("区住建局", LATER)),
            Map.entry(CaseTransition.TRANSFER, c -> c.transferredTo("区住建局", LATER)),
            Map.entry(CaseTransition.ACCEPT_TRANSFER, c -> c.transferAccepted(null, LATER)),
            Map.entry(CaseTransition.ESCALATE, c -> c.escalated(LATER)),
            Map.entry(CaseTransition.RECORD_RESPONSE, c -> c.responded(LATER, LATER)),
            Map.entry(CaseTransition.CLOSE, c -> c.closed(LATER)),
            Map.entry(CaseTransition.REJECT, c -> c.rejected("属于司法程序", "区人民法院", LATER)),
            Map.entry(CaseTransition.REOPEN, c -> c.reopened(new Deadlines(DUE_AGAIN, null), LATER)),
            Map.entry(CaseTransition.PAUSE, c -> c.paused(LATER)),
            Map.entry(CaseTransition.RESUME, c -> c.paused(LATER).resumed(LATER.plusSeconds(60))),
            Map.entry(CaseTransition.REQUEST_EXTENSION, c -> c.extensionRequested(LATER)),
            Map.entry(CaseTransition.DECIDE_EXTENSION, c -> c.extendedTo(DUE_AGAIN, LATER)),
            Map.entry(CaseTransition.CHANGE_DETAILS, c -> c.withDetails("housing", "岳麓区", Severity.LARGE,
                    List.of("区信访局"), null, LATER)),
            Map.entry(CaseTransition.ATTACH_REPORT, c -> c.withReportAttached(new Engagement(1, 2, 3), LATER)),
            Map.entry(CaseTransition.MERGE_IN, c -> c.mergedWith(newCase(), LATER)),
            Map.entry(CaseTransition.MERGE_AWAY, c -> c.mergedAwayInto(UUID.randomUUID(), LATER)));

    @Test
    void theMachineIsTheDocumentedOne() {
        for (CaseTransition transition : CaseTransition.values()) {
            assertThat(transition.allowedFrom()).as(transition.name()).isEqualTo(DOCUMENTED.get(transition));
            assertThat(transition.target()).as(transition.name()).isEqualTo(DOCUMENTED_TARGETS.get(transition));
        }
    }

    static Stream<Arguments> everyTransitionFromEveryStatus() {
        return APPLY.keySet().stream().sorted().flatMap(transition -> Arrays.stream(CaseStatus.values())
                .map(status -> Arguments.of(transition, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyTransitionFromEveryStatus")
    void everyLegalTransitionLeadsToItsTargetAndEveryIllegalOneIsRefusedNamingTheAllowedStatuses(
            CaseTransition transition, CaseStatus status) {
        CaseFile before = inStatus(status);

        if (DOCUMENTED.get(transition).contains(status)) {
            CaseFile after = APPLY.get(transition).apply(before);
            CaseStatus expected = DOCUMENTED_TARGETS.getOrDefault(transition, status);
            assertThat(after.status()).isEqualTo(expected);
            assertThat(after.version()).isGreaterThan(before.version());
            assertThat(after.updatedAt()).isAfterOrEqualTo(LATER);
        } else {
            assertThatThrownBy(() -> APPLY.get(transition).apply(before))
                    .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                        assertThat(e.currentStatus()).isEqualTo(status);
                        assertThat(e.transition()).isIn(transition, CaseTransition.PAUSE);
                        assertThat(e.allowedStatuses()).isEqualTo(DOCUMENTED.get(e.transition()));
                    });
        }
    }

    @Test
    void thirdTransferWithoutAcceptanceCallsForEscalationAndAcceptanceStartsTheCountAgain() {
        CaseFile once = newCase().assignedTo("区人社局", LATER).transferredTo("区住建局", LATER);
        CaseFile twice = once.transferredTo("市场监管局", LATER);
        CaseFile thrice = twice.transferredTo("区城管局", LATER);

        assertThat(once.needsEscalation()).isFalse();
        assertThat(twice.needsEscalation()).isFalse();
        assertThat(thrice.needsEscalation()).isTrue();
        assertThat(thrice.transferCount()).isEqualTo(3);
        assertThat(thrice.leadUnit()).isEqualTo("区城管局");
        assertThat(thrice.escalated(LATER).status()).isEqualTo(CaseStatus.ESCALATED);

        CaseFile accepted = twice.transferAccepted("李四", LATER);
        assertThat(accepted.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(accepted.unacceptedTransfers()).isZero();
        assertThat(accepted.transferCount()).isEqualTo(2);
        assertThat(accepted.transferredTo("区城管局", LATER).needsEscalation()).isFalse();
    }

    @Test
    void caseRejectedBeforeAnyAssignmentIsReopenedAsNewWithAFreshDeadline() {
        CaseFile rejected = newCase().rejected("属于司法程序", "区人民法院", LATER);
        CaseFile reopened = rejected.reopened(new Deadlines(DUE_AGAIN, null), LATER.plusSeconds(60));

        assertThat(rejected.closedAt()).isEqualTo(LATER);
        assertThat(rejected.referredTo()).isEqualTo("区人民法院");
        assertThat(reopened.status()).isEqualTo(CaseStatus.NEW);
        assertThat(reopened.responseDueAt()).isEqualTo(DUE_AGAIN);
        assertThat(reopened.rejectionReason()).isNull();
    }

    @Test
    void pauseMovesTheDeadlinesByThePausedTimeAndCannotBeStartedTwice() {
        CaseFile assigned = inStatus(CaseStatus.ASSIGNED);
        CaseFile paused = assigned.paused(LATER);

        assertThatThrownBy(() -> paused.paused(LATER.plusSeconds(1))).isInstanceOf(CaseConflictException.class);
        assertThatThrownBy(() -> assigned.resumed(LATER)).isInstanceOf(CaseConflictException.class);
        assertThat(paused.pausedSecondsUntil(LATER.plus(Duration.ofHours(2)))).isEqualTo(7200);

        CaseFile resumed = paused.resumed(LATER.plus(Duration.ofHours(3)));
        assertThat(resumed.pausedAt()).isNull();
        assertThat(resumed.pausedSeconds()).isEqualTo(3 * 3600);
        assertThat(resumed.responseDueAt()).isEqualTo(assigned.responseDueAt().plus(Duration.ofHours(3)));
    }

    @Test
    void approvedExtensionMovesTheDeadlineAndLiftsOverdueWhenItLiesAhead() {
        CaseFile overdue = withOverdue(inStatus(CaseStatus.ASSIGNED));

        CaseFile extended = overdue.extendedTo(DUE_AGAIN, LATER);

        assertThat(extended.responseDueAt()).isEqualTo(DUE_AGAIN);
        assertThat(extended.overdue()).isFalse();
        assertThat(overdue.extendedTo(LATER.minusSeconds(1), LATER).overdue()).isTrue();
    }

    @Test
    void mergedAwayCaseHandsOverItsHeatAndRefusesEveryChangeButAttachingAReport() {
        CaseFile survivor = inStatus(CaseStatus.ASSIGNED);
        CaseFile other = newCase().withReportAttached(new Engagement(10, 20, 30), LATER);

        CaseFile grown = survivor.mergedWith(other, LATER);
        CaseFile gone = other.mergedAwayInto(survivor.id(), LATER);

        assertThat(grown.reportCount()).isEqualTo(survivor.reportCount() + 2);
        assertThat(grown.engagementSum().total()).isEqualTo(60);
        assertThat(gone.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(gone.mergedInto()).isEqualTo(survivor.id());
        assertThat(gone.reportCount()).isZero();
        assertThatThrownBy(() -> gone.reopened(new Deadlines(DUE_AGAIN, null), LATER))
                .isInstanceOf(CaseConflictException.class);
    }

    private static CaseFile newCase() {
        return CaseFile.open(UUID.randomUUID(), "拖欠农民工工资", "wage-arrears", OPENED);
    }

    /** A case in {@code status} as it would be there: with a lead unit, a deadline, three transfers done. */
    private static CaseFile inStatus(CaseStatus status) {
        return new CaseFile(UUID.randomUUID(), "拖欠农民工工资", "wage-arrears", status, "区人社局", 1, OPENED, OPENED, 5,
                null, Severity.GENERAL, null, null, ReportSource.WEIBO, 0, 0, 0, DUE, null, null, null, 0, 0,
                status == CaseStatus.TRANSFERRING ? 2 : 0, false, null, null, null, null);
    }

    private static CaseFile withOverdue(CaseFile c) {
        return new CaseFile(c.id(), c.title(), c.topicArea(), c.status(), c.leadUnit(), c.reportCount(), c.openedAt(),
                c.updatedAt(), c.version(), c.region(), c.severity(), c.coUnits(), c.assignee(), c.intakeChannel(),
                0, 0, 0, c.responseDueAt(), null, null, null, 0, 0, 0, true, null, null, null, null);
    }
}
