package io.responseledger.cases.casefile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTransitionTest {

    private static final Instant OPENED = Instant.parse("2026-11-26T01:10:00Z");
    private static final Instant LATER = Instant.parse("2026-11-26T02:00:00Z");

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
                    assertThat(e.allowedStatuses()).containsExactly(CaseStatus.NEW, CaseStatus.ASSIGNED);
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

    private static CaseFile newCase() {
        return CaseFile.open(UUID.randomUUID(), "拖欠农民工工资", "wage-arrears", OPENED);
    }

    private static CaseFile inStatus(CaseStatus status) {
        return new CaseFile(UUID.randomUUID(), "拖欠农民工工资", "wage-arrears", status, "区人社局", 1, OPENED, OPENED, 5);
    }
}
