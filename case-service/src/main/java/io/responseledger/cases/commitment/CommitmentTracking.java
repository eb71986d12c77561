package io.responseledger.cases.commitment;

import io.responseledger.cases.casefile.CaseTransition;
import io.responseledger.cases.casefile.CaseLifecycle;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseEvents;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseNotFoundException;
import io.responseledger.cases.response.Commitment;
import io.responseledger.cases.response.CommitmentRepository;
import io.responseledger.cases.response.CommitmentStatus;
import io.responseledger.cases.security.Caller;
import io.responseledger.contracts.CaseEventType;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Tracks commitments (承诺) from their making to verified fulfilment: progress, claim, verification, withdrawal,
 * overdue, flagging and look-back reviews. Every change locks the commitment's case (so changes to one case queue
 * up, whichever instance makes them), checks the version the client read, applies a legal transition, raises the
 * case's version, writes the audit entry and the case event, all in one transaction.
 */
@Singleton
public class CommitmentTracking {

    private static final Logger LOG = LoggerFactory.getLogger(CommitmentTracking.class);
    /** The actor the audit trail names for what the service does by itself. */
    static final Caller SYSTEM = Caller.of("system:commitment-tracking", List.of("SYSTEM"), null);
    private static final Set<CommitmentStatus> FLAGGABLE = Set.of(CommitmentStatus.CLAIMED_FULFILLED,
            CommitmentStatus.VERIFIED);

    private final CommitmentRepository commitments;
    private final CommitmentTrackingRepository tracking;
    private final CommitmentProgressRepository progressReports;
    private final CommitmentEvidenceRepository evidence;
    private final CommitmentVerificationRepository verifications;
    private final CommitmentReviewRepository reviews;
    private final CaseFileRepository cases;
    private final CaseEvents events;
    private final AuditTrail audit;
    /** Lazily: the case lifecycle announces through CaseEvents, which reaches back here to flag commitments. */
    private final BeanProvider<CaseLifecycle> lifecycle;
    private final EvidenceFilePolicy filePolicy;
    private final Clock clock;
    private final ZoneId zone;

    CommitmentTracking(CommitmentRepository commitments, CommitmentTrackingRepository tracking,
                       CommitmentProgressRepository progressReports, CommitmentEvidenceRepository evidence,
                       CommitmentVerificationRepository verifications, CommitmentReviewRepository reviews,
                       CaseFileRepository cases, CaseEvents events, AuditTrail audit, EvidenceFilePolicy filePolicy,
                       BeanProvider<CaseLifecycle> lifecycle,
                       Clock clock, @Value("${ledger.commitments.zone:Asia/Shanghai}") ZoneId zone) {
        this.lifecycle = lifecycle;
        this.commitments = commitments;
        this.tracking = tracking;
        this.progressReports = progressReports;
        this.evidence = evidence;
        this.verifications = verifications;
        this.reviews = reviews;
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.filePolicy = filePolicy;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today where the commitments are made: due dates are calendar days there. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    @Transactional(readOnly = true)
    public CommitmentDetail get(UUID id, Caller caller) {
        Commitment c = commitments.findById(id).orElseThrow(() -> CommitmentNotFoundException.byId(id));
        CaseFile caseFile = cases.findById(c.caseId()).orElseThrow(() -> CaseNotFoundException.byId(c.caseId()));
        CommitmentAccess.requireRead(caller, c, caseFile);
        return detail(c);
    }

    /** An evidence file's name, type and bytes, to whom may read its commitment. */
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(UUID id, UUID evidenceId, Caller caller) {
        Commitment c = commitments.findById(id).orElseThrow(() -> CommitmentNotFoundException.byId(id));
        CaseFile caseFile = cases.findById(c.caseId()).orElseThrow(() -> CaseNotFoundException.byId(c.caseId()));
        CommitmentAccess.requireRead(caller, c, caseFile);
        CommitmentEvidence e = evidence.findByIdAndCommitmentId(evidenceId, id)
                .filter(found -> CommitmentEvidence.FILE.equals(found.kind()))
                .orElseThrow(() -> CommitmentNotFoundException.evidence(id, evidenceId));
        return new EvidenceFile(e.fileName(), e.contentType(), e.content());
    }

    /** Progress by an officer of the owner unit, with links as evidence. */
    @Transactional
    public CommitmentDetail reportProgress(UUID id, CommitmentRequests.Progress request, Caller caller) {
        return progress(id, request.expectedVersion(), request.progressPercent(), request.note(),
                request.evidenceLinks(), null, caller);
    }

    /**
     * Progress with a file as evidence (multipart upload). The percentage stays as it was when not given.
     */
    @Transactional
    public CommitmentDetail reportProgressWithFile(UUID id, long expectedVersion, @Nullable Integer percent,
                                                   @Nullable String note, @Nullable String fileName, byte[] content,
                                                   Caller caller) {
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new CommitmentInputException("progressPercent", "必须在 0 到 100 之间");
        }
        if (note != null && note.length() > 2000) {
            throw new CommitmentInputException("note", "不能超过 2000 个字符");
        }
        return progress(id, expectedVersion, percent, note, List.of(), new Upload(fileName, content), caller);
    }

    private CommitmentDetail progress(UUID id, long expectedVersion, @Nullable Integer percent, @Nullable String note,
                                      List<String> links, @Nullable Upload upload, Caller caller) {
        Locked locked = lock(id);
        Commitment current = locked.commitment();
        CommitmentAccess.requireOwnerOfficer(caller, current);
        requireVersion(current, expectedVersion);
        String fileType = upload == null ? null : filePolicy.check(upload.fileName(), upload.content());
        CommitmentChange next = CommitmentChange.of(current);
        next.status = target(current, CommitmentTransition.REPORT_PROGRESS);
        int reported = percent != null ? percent : current.progressPercent() == null ? 0 : current.progressPercent();
        next.progressPercent = reported;
        Instant now = now();
        CommitmentProgress report = progressReports.save(new CommitmentProgress(UUID.randomUUID(), current.id(),
                current.caseId(), reported, note, false, caller.subject(), now));
        List<UUID> evidenceIds = saveEvidence(current.id(), report.id(), links, upload, fileType, now);
        return commit(locked, next.at(now), caller, AuditAction.COMMITMENT_PROGRESS_REPORTED,
                new ProgressDetail(current.id(), report.id(), evidenceIds), CaseEventType.COMMITMENT_PROGRESS, now);
    }

    /** The owner unit claims the commitment fulfilled: progress becomes 100 and the claim time is kept. */
    @Transactional
    public CommitmentDetail claimFulfilled(UUID id, CommitmentRequests.Claim request, Caller caller) {
        Locked locked = lock(id);
        Commitment current = locked.commitment();
        CommitmentAccess.requireOwnerOfficer(caller, current);
        requireVersion(current, request.expectedVersion());
        CommitmentChange next = CommitmentChange.of(current);
        next.status = target(current, CommitmentTransition.CLAIM_FULFILLED);
        Instant now = now();
        next.progressPercent = 100;
        next.claimedAt = now;
        CommitmentProgress report = progressReports.save(new CommitmentProgress(UUID.randomUUID(), current.id(),
                current.caseId(), 100, request.note(), true, caller.subject(), now));
        List<UUID> evidenceIds = saveEvidence(current.id(), report.id(), request.evidenceLinks(), null, null, now);
        return commit(locked, next.at(now), caller, AuditAction.COMMITMENT_CLAIMED_FULFILLED,
                new ProgressDetail(current.id(), report.id(), evidenceIds), CaseEventType.COMMITMENT_CLAIMED_FULFILLED,
                now);
    }

    /**
     * A supervisor's verification of a claim. Passed: VERIFIED, and kept on time if the claim came on or before the
     * original due date (a claim after it is kept late, even within a rectification deadline). Failed:
     * VERIFICATION_FAILED with the rectification deadline, which must lie after today. Either way the flag is
     * cleared: the supervisor has looked.
     */
    @Transactional
    public CommitmentDetail verify(UUID id, CommitmentRequests.Verification request, Caller caller) {
        Locked locked = lock(id);
        Commitment current = locked.commitment();
        requireVersion(current, request.expectedVersion());
        boolean passed = request.outcome() == VerificationOutcome.PASSED;
        CommitmentTransition transition = passed ? CommitmentTransition.VERIFY : CommitmentTransition.FAIL_VERIFICATION;
        CommitmentChange next = CommitmentChange.of(current);
        next.status = target(current, transition);
        LocalDate today = today();
        if (passed && request.rectificationDueDate() != null) {
            throw new CommitmentInputException("rectificationDueDate", "核查通过时不设整改期限");
        }
        if (!passed && request.rectificationDueDate() == null) {
            throw new CommitmentInputException("rectificationDueDate", "核查未通过时必填：整改期限，格式 yyyy-MM-dd");
        }
        if (!passed && !request.rectificationDueDate().isAfter(today)) {
            throw new CommitmentInputException("rectificationDueDate", "整改期限必须晚于今天（" + today + "）");
        }
        Instant now = now();
        next.flagged = false;
        if (passed) {
            next.verifiedAt = now;
            next.keptOnTime = current.claimedAt() != null
                    && !LocalDate.ofInstant(current.claimedAt(), zone).isAfter(current.dueDate());
        } else {
            next.verificationFailures = current.verificationFailures() + 1;
            next.rectificationDueDate = request.rectificationDueDate();
        }
        CommitmentVerification verification = verifications.save(new CommitmentVerification(UUID.randomUUID(),
                current.id(), current.caseId(), caller.subject(), now, request.method(), request.outcome(),
                request.finding(), request.rectificationDueDate()));
        // A promise found unkept puts a closed case back to work; an open case is being worked on anyway.
        CaseFile caseFile = locked.caseFile();
        boolean reopensCase = !passed && CaseTransition.REOPEN.isAllowedFrom(caseFile.status())
                && !caseFile.isMergedAway();
        CommitmentDetail verified = commit(locked, next.at(now), caller,
                passed ? AuditAction.COMMITMENT_VERIFIED : AuditAction.COMMITMENT_VERIFICATION_FAILED,
                new VerificationDetail(current.id(), verification.id(), request.method().name(),
                        request.outcome().name(), reopensCase),
                passed ? CaseEventType.COMMITMENT_VERIFIED : CaseEventType.COMMITMENT_VERIFICATION_FAILED, now);
        if (reopensCase) {
            lifecycle.get().reopenAfterFailedVerification(current.caseId(), "承诺核查未通过", caller);
        }
        return verified;
    }

    /** A supervisor withdraws a commitment, with a reason; a verified one stays verified. */
    @Transactional
    public CommitmentDetail withdraw(UUID id, CommitmentRequests.Withdrawal request, Caller caller) {
        Locked locked = lock(id);
        Commitment current = locked.commitment();
        requireVersion(current, request.expectedVersion());
        CommitmentChange next = CommitmentChange.of(current);
        next.status = target(current, CommitmentTransition.WITHDRAW);
        next.withdrawalReason = request.reason();
        next.flagged = false;
        Instant now = now();
        return commit(locked, next.at(now), caller, AuditAction.COMMITMENT_WITHDRAWN,
                new CommitmentOnly(current.id()), CaseEventType.COMMITMENT_WITHDRAWN, now);
    }

    /** A look-back review (回头看) of one commitment by a supervisor; it changes nothing but is kept and announced. */
    @Transactional
    public CommitmentDetail review(UUID id, CommitmentRequests.Review request, Caller caller) {
        Locked locked = lock(id);
        Commitment current = locked.commitment();
        Instant now = now();
        CommitmentReview review = reviews.save(new CommitmentReview(UUID.randomUUID(), current.id(), current.caseId(),
                caller.subject(), now, request.finding(), request.conclusion()));
        tracking.touchCase(current.caseId(), now);
        CaseFile touched = reread(current.caseId());
        audit.record(current.caseId(), caller, AuditAction.COMMITMENT_REVIEWED,
                new ReviewDetail(current.id(), review.id(), request.conclusion().name()), null, null);
        events.announce(touched, CaseEventType.COMMITMENT_REVIEWED);
        LOG.info("Look-back review {} ({}) of commitment {} on case {} by {}", review.id(), request.conclusion(),
                current.id(), current.caseId(), caller.subject());
        return detail(current);
    }

    /**
     * Marks one commitment overdue, if it still is past due and unchanged since {@code seen} was read. Several
     * instances may call this for the same commitment at once: the case lock queues them, and the conditional
     * update lets only the first one change it and announce it.
     *
     * @return whether this call marked it
     */
    @Transactional
    public boolean markOverdue(Commitment seen, LocalDate today) {
        CaseFile caseFile = cases.findByIdForUpdate(seen.caseId()).orElse(null);
        if (caseFile == null || !seen.effectiveDueDate().isBefore(today)) {
            return false;
        }
        Instant now = now();
        if (tracking.markOverdueIfUnchanged(seen.id(), seen.version(), now) != 1) {
            return false;
        }
        Commitment overdue = commitments.findById(seen.id()).orElseThrow();
        tracking.touchCase(seen.caseId(), now);
        CaseFile touched = reread(seen.caseId());
        audit.record(seen.caseId(), SYSTEM, AuditAction.COMMITMENT_OVERDUE,
                new OverdueDetail(seen.id(), seen.effectiveDueDate()), TrackedState.of(seen),
                TrackedState.of(overdue));
        events.announce(touched, CaseEventType.COMMITMENT_OVERDUE);
        LOG.info("Commitment {} on case {} is overdue (due {})", seen.id(), seen.caseId(), seen.effectiveDueDate());
        return true;
    }

    /**
     * A new report arrived on a case: each of its commitments already claimed fulfilled or verified is flagged for
     * the supervisor, once (until a supervisor verifies or withdraws it), with its own COMMITMENT_FLAGGED event.
     * Call inside the transaction that attached the report, after the case's own event.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int flagOnNewReport(UUID caseId) {
        List<Commitment> toFlag = commitments.findByCaseId(caseId, Sort.of(Sort.Order.asc("position"))).stream()
                .filter(c -> FLAGGABLE.contains(c.status()) && !c.flagged())
                .toList();
        for (Commitment c : toFlag) {
            CommitmentChange next = CommitmentChange.of(c);
            next.flagged = true;
            Instant now = now();
            Commitment flagged = commitments.update(next.at(now));
            tracking.touchCase(caseId, now);
            audit.record(caseId, SYSTEM, AuditAction.COMMITMENT_FLAGGED, new CommitmentOnly(c.id()),
                    TrackedState.of(c), TrackedState.of(flagged));
            events.announce(reread(caseId), CaseEventType.COMMITMENT_FLAGGED);
            LOG.info("Commitment {} on case {} flagged: {} but new reports keep arriving", c.id(), caseId,
                    c.status());
        }
        return toFlag.size();
    }

    private CommitmentDetail commit(Locked locked, Commitment changed, Caller caller, AuditAction action,
                                    Object detail, CaseEventType type, Instant now) {
        Commitment before = locked.commitment();
        Commitment saved = commitments.update(changed);
        tracking.touchCase(before.caseId(), now);
        CaseFile touched = reread(before.caseId());
        audit.record(before.caseId(), caller, action, detail, TrackedState.of(before), TrackedState.of(saved));
        events.announce(touched, type);
        LOG.info("Commitment {} on case {}: {} -> {} by {} (version {}, case version {})", saved.id(),
                saved.caseId(), before.status(), saved.status(), caller.subject(), saved.version(),
                touched.version());
        return detail(saved);
    }

    private List<UUID> saveEvidence(UUID commitmentId, UUID progressId, List<String> links, @Nullable Upload upload,
                                    @Nullable String fileType, Instant now) {
        List<UUID> ids = new ArrayList<>();
        for (String link : links) {
            ids.add(evidence.save(new CommitmentEvidence(UUID.randomUUID(), commitmentId, progressId,
                    CommitmentEvidence.LINK, link.strip(), null, null, null, null, null, now)).id());
        }
        if (upload != null) {
            ids.add(evidence.save(new CommitmentEvidence(UUID.randomUUID(), commitmentId, progressId,
                    CommitmentEvidence.FILE, null, EvidenceFilePolicy.safeFileName(upload.fileName()), fileType,
                    (long) upload.content().length, sha256(upload.content()), upload.content(), now)).id());
        }
        return ids;
    }

    private Locked lock(UUID id) {
        Commitment seen = commitments.findById(id).orElseThrow(() -> CommitmentNotFoundException.byId(id));
        CaseFile caseFile = cases.findByIdForUpdate(seen.caseId())
                .orElseThrow(() -> CaseNotFoundException.byId(seen.caseId()));
        // Read again under the case lock: whatever changed it before the lock was granted is seen now.
        Commitment current = commitments.findById(id).orElseThrow(() -> CommitmentNotFoundException.byId(id));
        return new Locked(caseFile, current);
    }

    private static void requireVersion(Commitment current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new StaleCommitmentException(current.id(), expectedVersion, current.version());
        }
    }

    private static CommitmentStatus target(Commitment current, CommitmentTransition transition) {
        try {
            return transition.targetFrom(current.status());
        } catch (IllegalCommitmentTransitionException e) {
            throw e.of(current.id());
        }
    }

    private CaseFile reread(UUID caseId) {
        return cases.findById(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
    }

    private CommitmentDetail detail(Commitment c) {
        return CommitmentDetail.of(c, progressReports.findByCommitmentIdOrderByReportedAtAsc(c.id()),
                evidence.listWithoutContent(c.id()), verifications.findByCommitmentIdOrderByVerifiedAtAsc(c.id()),
                reviews.findByCommitmentIdOrderByReviewedAtAsc(c.id()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private record Locked(CaseFile caseFile, Commitment commitment) {
    }

    private record Upload(@Nullable String fileName, byte[] content) {
    }

    /** An evidence file to download. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    /** Audit details: ids and codes only, never free text. */
    @Serdeable
    record CommitmentOnly(UUID commitmentId) {
    }

    @Serdeable
    record ProgressDetail(UUID commitmentId, UUID progressId, List<UUID> evidenceIds) {
    }

    /**
     * @param caseReopened whether the failed verification reopened the case (the case lifecycle decides; see
     *                     docs/commitments.md)
     */
    @Serdeable
    record VerificationDetail(UUID commitmentId, UUID verificationId, String method, String outcome,
                              boolean caseReopened) {
    }

    @Serdeable
    record ReviewDetail(UUID commitmentId, UUID reviewId, String conclusion) {
    }

    @Serdeable
    record OverdueDetail(UUID commitmentId, LocalDate dueDate) {
    }
}
