package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.problem.InvalidFieldException;
import io.responseledger.cases.report.Report;
import io.responseledger.cases.report.ReportRepository;
import io.responseledger.cases.security.Caller;
import io.responseledger.contracts.CaseEventType;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Joining reports about the same issue into one case: a report (of the same thread or hotline work order, or
 * chosen by a monitor) attached to a case, and two cases merged. Merging keeps both histories: the reports move to
 * the surviving case, while the merged case keeps its responses, audit trail and events and is closed with
 * {@code mergedInto} pointing at the survivor. A closed case that receives a report is reopened.
 */
@Singleton
public class CaseMerging {

    private static final Logger LOG = LoggerFactory.getLogger(CaseMerging.class);

    private final CaseFileRepository cases;
    private final ReportRepository reports;
    private final CaseEvents events;
    private final CaseDossiers dossiers;
    private final CaseLifecycle lifecycle;
    private final AuditTrail audit;
    private final Clock clock;

    CaseMerging(CaseFileRepository cases, ReportRepository reports, CaseEvents events, CaseDossiers dossiers,
                CaseLifecycle lifecycle, AuditTrail audit, Clock clock) {
        this.dossiers = dossiers;
        this.cases = cases;
        this.reports = reports;
        this.events = events;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Counts a report just stored on {@code current} (whose row the caller holds locked) into its heat, and
     * reopens the case if it was closed. The report's row must already name the case.
     *
     * @return the case as it now stands
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public CaseDossier countAttached(CaseFile current, Report report, String how, Caller caller) {
        Instant now = now();
        CaseFile attached = cases.update(current.withReportAttached(report.engagement(), now));
        audit.record(current.id(), caller, AuditAction.REPORT_ATTACHED,
                new AttachDetail(report.id(), how, null), CaseState.of(current), CaseState.of(attached));
        CaseDossier dossier = events.announce(attached, CaseEventType.REPORT_ATTACHED);
        if (attached.status() == CaseStatus.CLOSED && !attached.isMergedAway()) {
            return lifecycle.reopenLocked(attached, "已办结案件收到新的报告", caller);
        }
        return dossier;
    }

    /**
     * A monitor or supervisor moves a report from the case it is on to {@code caseId}. The only report of a case
     * cannot be moved: merge the cases instead. Attaching a report to the case it is on changes nothing.
     */
    @Transactional
    public CaseView attachReport(UUID caseId, UUID reportId, @Nullable Long expectedVersion, Caller caller) {
        Report report = reports.findById(reportId)
                .orElseThrow(() -> new InvalidFieldException("reportId", "报告 " + reportId + " 不存在"));
        if (report.caseId().equals(caseId)) {
            CaseFile target = cases.findByIdForUpdate(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
            StaleCaseVersionException.check(target, expectedVersion);
            return CaseView.from(dossiers.load(target));
        }
        Pair pair = lockBoth(caseId, report.caseId());
        CaseFile target = pair.of(caseId);
        CaseFile source = pair.of(report.caseId());
        StaleCaseVersionException.check(target, expectedVersion);
        target.require(CaseTransition.ATTACH_REPORT);
        if (target.isMergedAway()) {
            throw new CaseConflictException(caseId, "案件已合并", "案件已并入案件 " + target.mergedInto() + "，请关联到该案件");
        }
        if (source.reportCount() <= 1) {
            throw new CaseConflictException(source.id(), "不能移走案件的唯一报告",
                    "报告是案件 " + source.id() + " 的唯一报告；请改为合并两个案件");
        }
        Instant now = now();
        reports.update(report.movedTo(caseId));
        CaseFile detached = cases.update(source.withReportDetached(report.engagement(), now));
        audit.record(source.id(), caller, AuditAction.REPORT_DETACHED, new AttachDetail(reportId, "MANUAL", caseId),
                CaseState.of(source), CaseState.of(detached));
        // The contract has no "report detached" type: for consumers the source's heat changed.
        events.announce(detached, CaseEventType.CASE_DETAILS_CHANGED);
        LOG.info("Report {} moved from case {} to case {} by {}", reportId, source.id(), caseId, caller.subject());
        return CaseView.from(countAttached(target, report.movedTo(caseId), "MANUAL", caller));
    }

    /** Merges {@code mergedCaseId} into {@code survivorId}. */
    @Transactional
    public CaseView merge(UUID survivorId, UUID mergedCaseId, @Nullable Long expectedVersion, Caller caller) {
        if (survivorId.equals(mergedCaseId)) {
            throw new InvalidFieldException("mergedCaseId", "不能把案件合并到它自己");
        }
        Pair pair = lockBoth(survivorId, mergedCaseId);
        CaseFile survivor = pair.of(survivorId);
        CaseFile merged = pair.of(mergedCaseId);
        StaleCaseVersionException.check(survivor, expectedVersion);
        survivor.require(CaseTransition.MERGE_IN);
        merged.require(CaseTransition.MERGE_AWAY);
        if (survivor.isMergedAway() || merged.isMergedAway()) {
            throw new CaseConflictException(merged.isMergedAway() ? mergedCaseId : survivorId, "案件已合并",
                    "已合并的案件不能再次合并");
        }
        Instant now = now();
        int moved = reports.moveAll(mergedCaseId, survivorId);
        CaseFile closed = cases.update(merged.mergedAwayInto(survivorId, now));
        audit.record(mergedCaseId, caller, AuditAction.CASE_MERGED_AWAY, new MergeDetail(survivorId, mergedCaseId,
                moved), CaseState.of(merged), CaseState.of(closed));
        events.announce(closed, CaseEventType.CASE_MERGED_AWAY);
        CaseFile grown = cases.update(survivor.mergedWith(merged, now));
        audit.record(survivorId, caller, AuditAction.CASES_MERGED, new MergeDetail(survivorId, mergedCaseId, moved),
                CaseState.of(survivor), CaseState.of(grown));
        LOG.info("Case {} merged into case {} by {} ({} reports moved)", mergedCaseId, survivorId, caller.subject(),
                moved);
        return CaseView.from(events.announce(grown, CaseEventType.CASES_MERGED));
    }

    /** Locks both rows in id order, so two merges of the same pair in opposite directions cannot deadlock. */
    private Pair lockBoth(UUID a, UUID b) {
        UUID first = a.compareTo(b) < 0 ? a : b;
        UUID second = first.equals(a) ? b : a;
        CaseFile one = cases.findByIdForUpdate(first).orElseThrow(() -> CaseNotFoundException.byId(first));
        CaseFile two = cases.findByIdForUpdate(second).orElseThrow(() -> CaseNotFoundException.byId(second));
        return new Pair(one, two);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private record Pair(CaseFile one, CaseFile two) {
        CaseFile of(UUID id) {
            return one.id().equals(id) ? one : two;
        }
    }

    /**
     * @param how    THREAD, WORK_ORDER or MANUAL
     * @param toCase for a report moved away: where it went
     */
    @Serdeable
    record AttachDetail(UUID reportId, String how, @Nullable UUID toCase) {
    }

    @Serdeable
    record MergeDetail(UUID survivorCaseId, UUID mergedCaseId, int reportsMoved) {
    }
}
