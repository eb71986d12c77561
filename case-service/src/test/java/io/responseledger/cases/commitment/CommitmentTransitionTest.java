package io.responseledger.cases.commitment;

import io.responseledger.cases.response.CommitmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.responseledger.cases.response.CommitmentStatus.CLAIMED_FULFILLED;
import static io.responseledger.cases.response.CommitmentStatus.IN_PROGRESS;
import static io.responseledger.cases.response.CommitmentStatus.OPEN;
import static io.responseledger.cases.response.CommitmentStatus.OVERDUE;
import static io.responseledger.cases.response.CommitmentStatus.VERIFICATION_FAILED;
import static io.responseledger.cases.response.CommitmentStatus.VERIFIED;
import static io.responseledger.cases.response.CommitmentStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commitment state machine, written out here as a table independent of the code: every legal transition with
 * its target, and every other (transition, status) pair refused with the current and allowed statuses.
 */
class CommitmentTransitionTest {

    /** transition → (from → to), the diagram of docs/commitments.md. */
    private static final Map<CommitmentTransition, Map<CommitmentStatus, CommitmentStatus>> LEGAL = legal();

    private static Map<CommitmentTransition, Map<CommitmentStatus, CommitmentStatus>> legal() {
        Map<CommitmentTransition, Map<CommitmentStatus, CommitmentStatus>> legal =
                new EnumMap<>(CommitmentTransition.class);
        legal.put(CommitmentTransition.REPORT_PROGRESS, Map.of(
                OPEN, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS, VERIFICATION_FAILED, IN_PROGRESS, OVERDUE, OVERDUE));
        legal.put(CommitmentTransition.CLAIM_FULFILLED, Map.of(
                OPEN, CLAIMED_FULFILLED, IN_PROGRESS, CLAIMED_FULFILLED, VERIFICATION_FAILED, CLAIMED_FULFILLED,
                OVERDUE, CLAIMED_FULFILLED));
        legal.put(CommitmentTransition.VERIFY, Map.of(CLAIMED_FULFILLED, VERIFIED));
        legal.put(CommitmentTransition.FAIL_VERIFICATION, Map.of(CLAIMED_FULFILLED, VERIFICATION_FAILED));
        legal.put(CommitmentTransition.MARK_OVERDUE, Map.of(
                OPEN, OVERDUE, IN_PROGRESS, OVERDUE, VERIFICATION_FAILED, OVERDUE));
        legal.put(CommitmentTransition.WITHDRAW, Map.of(
                OPEN, WITHDRAWN, IN_PROGRESS, WITHDRAWN, CLAIMED_FULFILLED, WITHDRAWN, VERIFICATION_FAILED, WITHDRAWN,
                OVERDUE, WITHDRAWN));
        return legal;
    }

    static Stream<Arguments> legalTransitions() {
        List<Arguments> all = new ArrayList<>();
        LEGAL.forEach((transition, moves) -> moves.forEach((from, to) -> all.add(Arguments.of(transition, from, to))));
        return all.stream();
    }

    static Stream<Arguments> illegalTransitions() {
        List<Arguments> all = new ArrayList<>();
        for (CommitmentTransition transition : CommitmentTransition.values()) {
            for (CommitmentStatus from : CommitmentStatus.values()) {
                if (!LEGAL.get(transition).containsKey(from)) {
                    all.add(Arguments.of(transition, from));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1} leads to {2}")
    @MethodSource("legalTransitions")
    void everyLegalTransitionLeadsWhereTheDiagramSays(CommitmentTransition transition, CommitmentStatus from,
                                                      CommitmentStatus to) {
        assertThat(transition.isAllowedFrom(from)).isTrue();
        assertThat(transition.targetFrom(from)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} from {1} is refused")
    @MethodSource("illegalTransitions")
    void everyOtherTransitionIsRefusedNamingCurrentAndAllowedStatuses(CommitmentTransition transition,
                                                                      CommitmentStatus from) {
        assertThat(transition.isAllowedFrom(from)).isFalse();
        assertThatThrownBy(() -> transition.targetFrom(from))
                .isInstanceOfSatisfying(IllegalCommitmentTransitionException.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(from);
                    assertThat(e.transition()).isEqualTo(transition);
                    assertThat(e.allowedStatuses()).containsExactlyInAnyOrderElementsOf(LEGAL.get(transition).keySet());
                });
    }

    @Test
    void verifiedAndWithdrawnAreFinal() {
        for (CommitmentTransition transition : CommitmentTransition.values()) {
            assertThat(transition.isAllowedFrom(VERIFIED)).as("%s from VERIFIED", transition).isFalse();
            assertThat(transition.isAllowedFrom(WITHDRAWN)).as("%s from WITHDRAWN", transition).isFalse();
        }
    }

    @Test
    void theProblemBodyNamesTheCurrentAndAllowedStatusesInChinese() {
        var refusal = new IllegalCommitmentTransitionException(VERIFIED, CommitmentTransition.CLAIM_FULFILLED);
        var problem = new CommitmentProblems.IllegalTransition(refusal);

        assertThat(problem.getStatus().getStatusCode()).isEqualTo(409);
        assertThat(problem.getCurrentStatus()).isEqualTo("VERIFIED");
        assertThat(problem.getAllowedStatuses())
                .containsExactly("OPEN", "IN_PROGRESS", "VERIFICATION_FAILED", "OVERDUE");
        assertThat(problem.getDetail()).contains("VERIFIED").contains("申报已落实").contains("OVERDUE");
    }
}
