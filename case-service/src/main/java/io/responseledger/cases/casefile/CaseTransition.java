package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;

import java.util.EnumSet;
import java.util.Set;

/**
 * The changes a case may go through, each allowed only from certain statuses. This enum is the state machine;
 * docs/case-lifecycle.md draws it. A transition whose target is null leaves the status as it is (it changes the
 * clock, the details or the reports, not where the case stands).
 */
public enum CaseTransition {

    /** Set or change the lead responsible unit; the supervisor's answer to an escalation too. */
    ASSIGN("指派", EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING, CaseStatus.ESCALATED),
            CaseStatus.ASSIGNED),

    /** Hand the case to another unit, with a reason; it waits there until accepted. */
    TRANSFER("转办", EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING), CaseStatus.TRANSFERRING),

    /** The receiving unit takes the transferred case on. */
    ACCEPT_TRANSFER("接收转办", EnumSet.of(CaseStatus.TRANSFERRING), CaseStatus.ASSIGNED),

    /** The third transfer without acceptance sends the case to the supervisor; never asked for directly. */
    ESCALATE("升级至督办", EnumSet.of(CaseStatus.TRANSFERRING), CaseStatus.ESCALATED),

    /** Record an official response; further responses may follow. */
    RECORD_RESPONSE("登记回应", EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.RESPONDED), CaseStatus.RESPONDED),

    /** The matter is done. */
    CLOSE("办结", EnumSet.of(CaseStatus.RESPONDED), CaseStatus.CLOSED),

    /** Not in scope: with a reason and the body it belongs to. */
    REJECT("退回（不属于受理范围）",
            EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING, CaseStatus.ESCALATED),
            CaseStatus.REJECTED),

    /**
     * New reports on a closed case, a failed verification, or a supervisor. The target is ASSIGNED when the case
     * has a lead unit, NEW otherwise (a case rejected before anyone was assigned).
     */
    REOPEN("重新办理", EnumSet.of(CaseStatus.CLOSED, CaseStatus.REJECTED), CaseStatus.ASSIGNED),

    /** Stop the response clock while the case waits on the citizen. */
    PAUSE("暂停计时", EnumSet.of(CaseStatus.ASSIGNED), null),

    /** Restart the response clock; the deadline moves by the time paused. */
    RESUME("恢复计时", EnumSet.of(CaseStatus.ASSIGNED), null),

    /** The lead unit asks for more time to respond. */
    REQUEST_EXTENSION("申请延期", EnumSet.of(CaseStatus.ASSIGNED), null),

    /** A supervisor approves or refuses a requested extension. */
    DECIDE_EXTENSION("审批延期", EnumSet.of(CaseStatus.ASSIGNED), null),

    /** Topic area, region, severity, co-handling units. */
    CHANGE_DETAILS("修改案件信息", EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING,
            CaseStatus.ESCALATED, CaseStatus.RESPONDED), null),

    /** Another report joins the case (a closed case is reopened by it, see REOPEN). */
    ATTACH_REPORT("关联报告", EnumSet.allOf(CaseStatus.class), null),

    /** Another case is merged into this one. */
    MERGE_IN("合并案件", EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING,
            CaseStatus.ESCALATED, CaseStatus.RESPONDED), null),

    /** This case is merged into another and closed as a duplicate. */
    MERGE_AWAY("并入其他案件", EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING,
            CaseStatus.ESCALATED, CaseStatus.RESPONDED, CaseStatus.REJECTED), CaseStatus.CLOSED),

    /** The response deadline passed without a response; set by the overdue job. */
    MARK_OVERDUE("标记超期", EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.TRANSFERRING,
            CaseStatus.ESCALATED), null);

    private final String label;
    private final Set<CaseStatus> allowedFrom;
    @Nullable
    private final CaseStatus target;

    CaseTransition(String label, Set<CaseStatus> allowedFrom, @Nullable CaseStatus target) {
        this.label = label;
        this.allowedFrom = allowedFrom;
        this.target = target;
    }

    /** The name of this change for people, in Chinese. */
    public String label() {
        return label;
    }

    /** The statuses this change may start from, in lifecycle order. */
    public Set<CaseStatus> allowedFrom() {
        return EnumSet.copyOf(allowedFrom);
    }

    /** The status after the change; null when the change keeps the status. */
    @Nullable
    public CaseStatus target() {
        return target;
    }

    public boolean isAllowedFrom(CaseStatus status) {
        return allowedFrom.contains(status);
    }

    /** The transitions a case in {@code status} may go through, for problem answers and views. */
    public static Set<CaseTransition> allowedIn(CaseStatus status) {
        Set<CaseTransition> allowed = EnumSet.noneOf(CaseTransition.class);
        for (CaseTransition transition : values()) {
            if (transition.isAllowedFrom(status)) {
                allowed.add(transition);
            }
        }
        return allowed;
    }
}
