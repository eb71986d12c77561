package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.deadline.DeadlinePolicy;
import io.responseledger.cases.problem.InvalidFieldException;
import io.responseledger.cases.report.Report;
import io.responseledger.cases.report.ReportRepository;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The lifecycle changes of a case beyond assignment and responses: transfer and escalation, rejection, closing
 * and reopening, the clock (pause, resume, extensions) and its details. Each change checks the caller, the
 * expected version (If-Match) and the state machine, and writes the case, its audit entry and its event in one
 * transaction.
 */
@Singleton
public class CaseLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CaseLifecycle.class);

    private final CaseFileRepository cases;
    private final CaseExtensionRepository extensions;
    private final ReportRepository reports;
    private final CaseEvents events;
    private final AuditTrail audit;
    private final DeadlinePolicy policy;
    private final Clock clock;

    CaseLifecycle(CaseFileRepository cases, CaseExtensionRepository extensions, ReportRepository reports,
                  CaseEvents events, AuditTrail audit, DeadlinePolicy policy, Clock clock) {
        this.cases = cases;
        this.extensions = extensions;
        this.reports = reports;
        this.events = events;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Hands the case to {@code toUnit}. A supervisor may transfer any assigned case, an officer of the lead unit
     * their own. The third transfer in a row that no unit accepted escalates the case to the supervisor.
     */
    @Transactional
    public CaseView transfer(UUID caseId, String toUnit, String reason, @Nullable Long expectedVersion,
                             Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        requireSupervisorOrLeadUnitOfficer(caller, current);
        current.require(CaseTransition.TRANSFER);
        if (Objects.equals(current.leadUnit(), toUnit)) {
            throw new InvalidFieldException("toUnit", "案件已由该单位承办，不能转办给同一单位");
        }
        Instant now = now();
        CaseFile transferred = cases.update(current.transferredTo(toUnit, now));
        audit.record(caseId, caller, AuditAction.CASE_TRANSFERRED,
                new TransferDetail(current.leadUnit(), toUnit, reason), CaseState.of(current),
                CaseState.of(transferred));
        LOG.info("Case {} transferred by {} (transfer {}, {} unaccepted; version {})", caseId, caller.subject(),
                transferred.transferCount(), transferred.unacceptedTransfers(), transferred.version());
        CaseDossier dossier = events.announce(transferred, CaseEventType.CASE_TRANSFERRED);
        if (!transferred.needsEscalation()) {
            return CaseView.from(dossier);
        }
        CaseFile escalated = cases.update(transferred.escalated(now));
        audit.record(caseId, caller, AuditAction.CASE_ESCALATED,
                new ReasonDetail("连续 " + escalated.unacceptedTransfers() + " 次转办均未被接收"),
                CaseState.of(transferred), CaseState.of(escalated));
        LOG.info("Case {} escalated to the supervisor after {} unaccepted transfers", caseId,
                escalated.unacceptedTransfers());
        return CaseView.from(events.announce(escalated, CaseEventType.CASE_ESCALATED));
    }

    /** The receiving unit's officer takes the transferred case on. */
    @Transactional
    public CaseView acceptTransfer(UUID caseId, @Nullable String assignee, @Nullable Long expectedVersion,
                                   Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        CaseAccess.requireLeadUnitOfficer(caller, current);
        CaseFile accepted = cases.update(current.transferAccepted(assignee, now()));
        return announce(caller, AuditAction.TRANSFER_ACCEPTED, null, current, accepted,
                CaseEventType.TRANSFER_ACCEPTED);
    }

    /** Not in scope: the reason, and the body the matter belongs to (e.g. 市场监管局, 法院). */
    @Transactional
    public CaseView reject(UUID caseId, String reason, String referredTo, @Nullable Long expectedVersion,
                           Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        CaseFile rejected = cases.update(current.rejected(reason, referredTo, now()));
        return announce(caller, AuditAction.CASE_REJECTED, new RejectionDetail(reason, referredTo), current,
                rejected, CaseEventType.CASE_REJECTED);
    }

    @Transactional
    public CaseView close(UUID caseId, @Nullable String note, @Nullable Long expectedVersion, Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        CaseFile closed = cases.update(current.closed(now()));
        return announce(caller, AuditAction.CASE_CLOSED, note == null ? null : new ReasonDetail(note), current,
                closed, CaseEventType.CASE_CLOSED);
    }

    /** A supervisor reopens a closed or rejected case; it gets a fresh response deadline. */
    @Transactional
    public CaseView reopen(UUID caseId, String reason, @Nullable Long expectedVersion, Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        return CaseView.from(reopenLocked(current, reason, caller));
    }

    /**
     * Reopens a case whose commitment failed verification, for commitment tracking to call inside its own
     * transaction. A case that is not closed (still being handled) is left as it is.
     *
     * @return the case as it now stands, or null when it was not closed or rejected and so stays as it is
     */
    @Nullable
    @Transactional
    public CaseDossier reopenAfterFailedVerification(UUID caseId, String reason, Caller caller) {
        CaseFile current = cases.findByIdForUpdate(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
        if (!CaseTransition.REOPEN.isAllowedFrom(current.status()) || current.isMergedAway()) {
            return null;
        }
        return reopenLocked(current, "核查未通过：" + reason, caller);
    }

    /** For the caller that holds the case's row lock (a new report on a closed case). */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public CaseDossier reopenLocked(CaseFile current, String reason, Caller caller) {
        Instant now = now();
        CaseFile reopened = cases.update(current.reopened(deadlinesFrom(current, now), now));
        audit.record(current.id(), caller, AuditAction.CASE_REOPENED, new ReasonDetail(reason),
                CaseState.of(current), CaseState.of(reopened));
        LOG.info("Case {} reopened by {} (version {})", current.id(), caller.subject(), reopened.version());
        return events.announce(reopened, CaseEventType.CASE_REOPENED);
    }

    /** The clock stops while the case waits on the citizen (e.g. for documents); the reason is audited. */
    @Transactional
    public CaseView pause(UUID caseId, String reason, @Nullable Long expectedVersion, Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        requireSupervisorOrLeadUnitOfficer(caller, current);
        CaseFile paused = cases.update(current.paused(now()));
        return announce(caller, AuditAction.CASE_PAUSED, new ReasonDetail(reason), current, paused,
                CaseEventType.CASE_PAUSED);
    }

    @Transactional
    public CaseView resume(UUID caseId, @Nullable Long expectedVersion, Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        requireSupervisorOrLeadUnitOfficer(caller, current);
        CaseFile resumed = cases.update(current.resumed(now()));
        return announce(caller, AuditAction.CASE_RESUMED, null, current, resumed, CaseEventType.CASE_RESUMED);
    }

    /** The lead unit asks for the response to be due at {@code requestedDueAt}; one request pending at a time. */
    @Transactional
    public CaseView requestExtension(UUID caseId, Instant requestedDueAt, String reason,
                                     @Nullable Long expectedVersion, Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        CaseAccess.requireLeadUnitOfficer(caller, current);
        current.require(CaseTransition.REQUEST_EXTENSION);
        if (current.responseDueAt() != null && !requestedDueAt.isAfter(current.responseDueAt())) {
            throw new InvalidFieldException("requestedDueAt", "必须晚于当前回应期限 " + current.responseDueAt());
        }
        if (extensions.findByCaseIdAndStatus(caseId, ExtensionStatus.REQUESTED).isPresent()) {
            throw new CaseConflictException(caseId, "已有待审批的延期申请", "该案件已有一项延期申请等待审批，请等待审批结果");
        }
        Instant now = now();
        CaseExtension extension = extensions.save(new CaseExtension(UUID.randomUUID(), caseId, caller.subject(),
                caller.unit(), reason, current.responseDueAt(), requestedDueAt, now, ExtensionStatus.REQUESTED,
                null, null, null));
        CaseFile requested = cases.update(current.extensionRequested(now));
        return announce(caller, AuditAction.EXTENSION_REQUESTED,
                new ExtensionDetail(extension.id(), requestedDueAt, reason), current, requested,
                CaseEventType.EXTENSION_REQUESTED);
    }

    /** A supervisor approves (the deadline moves to the requested one) or refuses the pending extension. */
    @Transactional
    public CaseView decideExtension(UUID caseId, UUID extensionId, boolean approve, @Nullable String note,
                                    @Nullable Long expectedVersion, Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        CaseExtension extension = extensions.findById(extensionId)
                .filter(e -> e.caseId().equals(caseId))
                .orElseThrow(() -> new CaseConflictException(caseId, "延期申请不存在",
                        "案件没有编号为 " + extensionId + " 的延期申请"));
        if (extension.status() != ExtensionStatus.REQUESTED) {
            throw new CaseConflictException(caseId, "延期申请已审批", "该延期申请已于 " + extension.decidedAt() + " 审批（"
                    + extension.status() + "）");
        }
        Instant now = now();
        extensions.update(extension.decided(approve ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED,
                caller.subject(), note, now));
        CaseFile decided = cases.update(approve ? current.extendedTo(extension.requestedDueAt(), now)
                : current.extensionRefused(now));
        return announce(caller, approve ? AuditAction.EXTENSION_APPROVED : AuditAction.EXTENSION_REFUSED,
                new ExtensionDetail(extensionId, extension.requestedDueAt(), note), current, decided,
                approve ? CaseEventType.EXTENSION_APPROVED : CaseEventType.EXTENSION_REFUSED);
    }

    @ReadOnly
    public List<CaseExtension> extensionsOf(UUID caseId, Caller caller) {
        CaseFile caseFile = cases.findById(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
        CaseAccess.requireRead(caller, caseFile);
        return extensions.findByCaseIdOrderByRequestedAtAsc(caseId);
    }

    /**
     * Topic area, region, severity and co-handling units. A new severity recomputes the deadlines of a case still
     * waiting for its response (a hotline work order's own time limit still applies), unless an extension was
     * approved.
     */
    @Transactional
    public CaseView changeDetails(UUID caseId, String topicArea, @Nullable String region, Severity severity,
                                  List<String> coUnits, @Nullable Long expectedVersion, Caller caller) {
        CaseFile current = lock(caseId, expectedVersion);
        current.require(CaseTransition.CHANGE_DETAILS);
        Deadlines deadlines = null;
        boolean severityChanged = current.severity() != severity;
        if (severityChanged && current.status().awaitsResponse()
                && extensions.findByCaseIdAndStatus(caseId, ExtensionStatus.APPROVED).isEmpty()) {
            Deadlines fresh = policy.deadlinesFor(severity, channelOf(current), current.openedAt(),
                    hotlineDueAt(caseId));
            deadlines = new Deadlines(shift(fresh.responseDueAt(), current.pausedSeconds()),
                    shift(fresh.pressConferenceDueAt(), current.pausedSeconds()));
        }
        CaseFile changed = cases.update(current.withDetails(topicArea, region, severity, coUnits, deadlines, now()));
        return announce(caller, AuditAction.CASE_DETAILS_CHANGED, null, current, changed,
                CaseEventType.CASE_DETAILS_CHANGED);
    }

    /** The handling time limit of the earliest hotline work order on the case, if any. */
    @Nullable
    private Instant hotlineDueAt(UUID caseId) {
        return reports.findByCaseId(caseId, Sort.of(Sort.Order.asc("receivedAt"))).stream()
                .map(Report::hotlineDueAt).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The deadlines a case gets when (re)opened at {@code from}, under its severity and channel. */
    public Deadlines deadlinesFrom(CaseFile caseFile, Instant from) {
        return policy.deadlinesFor(severityOf(caseFile), channelOf(caseFile), from, null);
    }

    private CaseView announce(Caller caller, AuditAction action, @Nullable Object detail, CaseFile before,
                              CaseFile after, CaseEventType type) {
        audit.record(after.id(), caller, action, detail, CaseState.of(before), CaseState.of(after));
        LOG.info("Case {}: {} by {} (version {})", after.id(), type, caller.subject(), after.version());
        return CaseView.from(events.announce(after, type));
    }

    private CaseFile lock(UUID caseId, @Nullable Long expectedVersion) {
        CaseFile current = cases.findByIdForUpdate(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
        StaleCaseVersionException.check(current, expectedVersion);
        return current;
    }

    private static void requireSupervisorOrLeadUnitOfficer(Caller caller, CaseFile caseFile) {
        if (!caller.has(Roles.SUPERVISOR)) {
            CaseAccess.requireLeadUnitOfficer(caller, caseFile);
        }
    }

    private static Severity severityOf(CaseFile caseFile) {
        return caseFile.severity() == null ? Severity.GENERAL : caseFile.severity();
    }

    private static ReportSource channelOf(CaseFile caseFile) {
        return caseFile.intakeChannel() == null ? ReportSource.OTHER : caseFile.intakeChannel();
    }

    private static Instant shift(@Nullable Instant instant, long seconds) {
        return instant == null ? null : instant.plusSeconds(seconds);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Audit details; never personal data. */
    @Serdeable
    record TransferDetail(@Nullable String fromUnit, String toUnit, String reason) {
    }

    @Serdeable
    record RejectionDetail(String reason, String referredTo) {
    }

    @Serdeable
    record ReasonDetail(String reason) {
    }

    @Serdeable
    record ExtensionDetail(UUID extensionId, Instant requestedDueAt, @Nullable String note) {
    }

}
