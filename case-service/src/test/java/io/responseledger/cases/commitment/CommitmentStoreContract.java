package io.responseledger.cases.commitment;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditEntry;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseService;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.outbox.OutboxEntry;
import io.responseledger.cases.outbox.OutboxRepository;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.response.CommitmentRepository;
import io.responseledger.cases.response.CommitmentStatus;
import io.responseledger.cases.response.RecordResponseRequest;
import io.responseledger.cases.response.RecordResponseRequest.CommitmentRequest;
import io.responseledger.cases.response.ResponseChannel;
import io.responseledger.cases.response.ResponseRecording;
import io.responseledger.cases.response.VerificationMethod;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.cases.support.MutableClock;
import io.responseledger.cases.support.Reports;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.CaseSnapshot;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Commitment tracking against a real database, without Kafka: migration V4, the repositories, the tracking
 * service, the overdue job, flagging and the look-back query. Runs on H2 ({@link CommitmentStoreH2Test}) and on
 * PostgreSQL ({@link CommitmentStorePostgresTest}). The clock starts at 2026-11-26 09:10 in Shanghai.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CommitmentStoreContract implements TestPropertyProvider {

    static final String UNIT = "区人社局";
    static final String OTHER_UNIT = "住建局";
    static final Caller SUPERVISOR = Caller.of("test-supervisor", List.of(Roles.SUPERVISOR), null);
    static final Caller OFFICER = Caller.of("test-officer", List.of(Roles.OFFICER), UNIT);
    static final Caller OTHER_OFFICER = Caller.of("test-officer-2", List.of(Roles.OFFICER), OTHER_UNIT);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Inject CaseOpening opening;
    @Inject CaseService cases;
    @Inject ResponseRecording recording;
    @Inject CommitmentTracking tracking;
    @Inject OverdueCommitmentsJob overdueJob;
    @Inject LookBackQuery lookBack;
    @Inject CommitmentRepository commitments;
    @Inject OutboxRepository outbox;
    @Inject AuditTrail audit;
    @Inject TrackingCleanup cleanup;
    @Inject ReportAttachedAnnouncer attached;
    @Inject MutableClock clock;
    @Inject ObjectMapper json;
    @Inject TransactionOperations<Connection> transactions;

    protected abstract Map<String, String> databaseProperties();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(databaseProperties());
        properties.put("kafka.enabled", "false");
        properties.put("ledger.cases.outbox.relay.enabled", "false");
        properties.put("test.case-events", "recording");
        properties.put("test.clock", "mutable");
        // The job runs only when a test calls it.
        properties.put("ledger.commitments.overdue.initial-delay", "1h");
        return properties;
    }

    @BeforeEach
    void emptyTheStore() {
        cleanup.deleteEverything();
        clock.set(Instant.parse("2026-11-26T01:10:00Z"));
    }

    @Test
    void newCommitmentsStartOpenWithTheColumnsOtherPartsReadAtTheirDefaults() {
        CaseView view = caseWithCommitments("wages", TODAY.plusDays(10), TODAY.plusDays(20));
        UUID first = view.responses().get(0).commitments().get(0).id();

        Map<String, Object> row = row("SELECT claimed_at, verified_at, kept_on_time, verification_failures,"
                + " rectification_due_date, progress_percent, flagged, version, status, fulfilment_check"
                + " FROM commitment WHERE id = ?", first);

        assertThat(row.get("claimed_at")).isNull();
        assertThat(row.get("verified_at")).isNull();
        assertThat(row.get("kept_on_time")).isNull();
        assertThat(((Number) row.get("verification_failures")).intValue()).isZero();
        assertThat(row.get("rectification_due_date")).isNull();
        assertThat(row.get("progress_percent")).isNull();
        assertThat(row.get("flagged")).isEqualTo(false);
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(1);
        assertThat(row.get("status")).isEqualTo("OPEN");
        assertThat(row.get("fulfilment_check")).isEqualTo("回访全部欠薪工人");
    }

    @Test
    void everyChangeRaisesTheCaseVersionAndAnnouncesTheCommitmentFields() throws IOException {
        CaseView view = caseWithCommitments("wages", TODAY.plusDays(10));
        UUID id = view.responses().get(0).commitments().get(0).id();

        CommitmentDetail progressed = tracking.reportProgress(id, new CommitmentRequests.Progress(1L, 40,
                "已支付首批工资", List.of("https://www.example.gov.cn/notice/1.html")), OFFICER);
        clock.advance(Duration.ofHours(1));
        CommitmentDetail claimed = tracking.claimFulfilled(id,
                new CommitmentRequests.Claim(progressed.version(), "工资已全部支付", List.of()), OFFICER);

        assertThat(progressed.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(progressed.progressPercent()).isEqualTo(40);
        assertThat(progressed.progress()).singleElement()
                .satisfies(p -> assertThat(p.evidence()).extracting(CommitmentDetail.EvidenceView::url)
                        .containsExactly("https://www.example.gov.cn/notice/1.html"));
        assertThat(claimed.status()).isEqualTo(CommitmentStatus.CLAIMED_FULFILLED);
        assertThat(claimed.version()).isEqualTo(3);
        assertThat(claimed.claimedAt()).isEqualTo(clock.instant());

        List<CaseEvent> events = eventsOf(view.id());
        assertThat(events).extracting(CaseEvent::type).endsWith(CaseEventType.COMMITMENT_PROGRESS,
                CaseEventType.COMMITMENT_CLAIMED_FULFILLED);
        assertThat(events).extracting(CaseEvent::caseVersion).containsExactly(1L, 2L, 3L, 4L, 5L);
        CaseSnapshot.Commitment announced = events.get(4).snapshot().responses().get(0).commitments().get(0);
        assertThat(announced.status()).isEqualTo("CLAIMED_FULFILLED");
        assertThat(announced.progressPercent()).isEqualTo(100);
        assertThat(announced.claimedAt()).isEqualTo(clock.instant());
        assertThat(announced.fulfilmentCheck()).isEqualTo("回访全部欠薪工人");
        assertThat(announced.flagged()).isFalse();
        assertThat(outbox.findByCaseIdOrderByIdAsc(view.id()).get(3).payload()).doesNotContain("已支付首批工资");

        List<AuditEntry> trail = audit.of(view.id());
        assertThat(trail).extracting(AuditEntry::action).endsWith(AuditAction.COMMITMENT_PROGRESS_REPORTED,
                AuditAction.COMMITMENT_CLAIMED_FULFILLED);
        AuditEntry claim = trail.get(trail.size() - 1);
        assertThat(claim.beforeState()).contains("\"status\":\"IN_PROGRESS\"").contains("\"version\":2");
        assertThat(claim.afterState()).contains("\"status\":\"CLAIMED_FULFILLED\"").contains("\"version\":3");
        assertThat(claim.detail() + claim.beforeState() + claim.afterState()).doesNotContain("工资已全部支付");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        UUID id = onlyCommitment(caseWithCommitments("wages", TODAY.plusDays(10)));
        tracking.reportProgress(id, new CommitmentRequests.Progress(1L, 10, null, List.of()), OFFICER);

        assertThatThrownBy(() -> tracking.reportProgress(id,
                new CommitmentRequests.Progress(1L, 50, null, List.of()), OFFICER))
                .isInstanceOfSatisfying(StaleCommitmentException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.currentVersion()).isEqualTo(2);
                });
        assertThat(commitments.findById(id).orElseThrow().progressPercent()).isEqualTo(10);
    }

    @Test
    void onlyTheOwnerUnitsOfficerReportsProgress() {
        UUID id = onlyCommitment(caseWithCommitments("wages", TODAY.plusDays(10)));

        assertThatThrownBy(() -> tracking.reportProgress(id,
                new CommitmentRequests.Progress(1L, 10, null, List.of()), OTHER_OFFICER))
                .isInstanceOf(io.responseledger.cases.security.AccessDeniedException.class);
        assertThat(commitments.findById(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void claimedByTheDueDateIsKeptOnTimeAndAfterItKeptLateEvenWithinTheRectificationDeadline() {
        CaseView view = caseWithCommitments("wages", TODAY, TODAY.plusDays(1));
        UUID onTime = view.responses().get(0).commitments().get(0).id();
        UUID late = view.responses().get(0).commitments().get(1).id();

        long v = tracking.claimFulfilled(onTime, new CommitmentRequests.Claim(1L, null, List.of()), OFFICER)
                .version();
        CommitmentDetail kept = tracking.verify(onTime, new CommitmentRequests.Verification(v,
                VerificationMethod.DOCUMENT_CHECK, VerificationOutcome.PASSED, "材料齐全", null), SUPERVISOR);

        v = tracking.claimFulfilled(late, new CommitmentRequests.Claim(1L, null, List.of()), OFFICER).version();
        v = tracking.verify(late, new CommitmentRequests.Verification(v, VerificationMethod.SITE_VISIT,
                VerificationOutcome.FAILED, "现场仍有欠薪", TODAY.plusDays(7)), SUPERVISOR).version();
        clock.advance(Duration.ofDays(3));
        v = tracking.claimFulfilled(late, new CommitmentRequests.Claim(v, null, List.of()), OFFICER).version();
        CommitmentDetail keptLate = tracking.verify(late, new CommitmentRequests.Verification(v,
                VerificationMethod.CITIZEN_CALLBACK, VerificationOutcome.PASSED, "回访确认", null), SUPERVISOR);

        assertThat(kept.status()).isEqualTo(CommitmentStatus.VERIFIED);
        assertThat(kept.keptOnTime()).isTrue();
        assertThat(kept.verifications()).singleElement().satisfies(ver -> {
            assertThat(ver.verifiedBy()).isEqualTo("test-supervisor");
            assertThat(ver.method()).isEqualTo(VerificationMethod.DOCUMENT_CHECK);
            assertThat(ver.outcome()).isEqualTo(VerificationOutcome.PASSED);
        });
        assertThat(keptLate.status()).isEqualTo(CommitmentStatus.VERIFIED);
        assertThat(keptLate.keptOnTime()).isFalse();
        assertThat(keptLate.verificationFailures()).isEqualTo(1);
        assertThat(keptLate.rectificationDueDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(keptLate.verifications()).extracting(CommitmentDetail.VerificationView::outcome)
                .containsExactly(VerificationOutcome.FAILED, VerificationOutcome.PASSED);
    }

    @Test
    void aFailedVerificationNeedsARectificationDeadlineAfterToday() {
        UUID id = onlyCommitment(caseWithCommitments("wages", TODAY.plusDays(3)));
        long v = tracking.claimFulfilled(id, new CommitmentRequests.Claim(1L, null, List.of()), OFFICER).version();

        assertThatThrownBy(() -> tracking.verify(id, new CommitmentRequests.Verification(v,
                VerificationMethod.SITE_VISIT, VerificationOutcome.FAILED, "未整改", null), SUPERVISOR))
                .isInstanceOfSatisfying(CommitmentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("rectificationDueDate"));
        assertThatThrownBy(() -> tracking.verify(id, new CommitmentRequests.Verification(v,
                VerificationMethod.SITE_VISIT, VerificationOutcome.FAILED, "未整改", TODAY), SUPERVISOR))
                .isInstanceOf(CommitmentInputException.class);
        assertThat(commitments.findById(id).orElseThrow().status()).isEqualTo(CommitmentStatus.CLAIMED_FULFILLED);
    }

    @Test
    void overdueJobMarksEachPastDueCommitmentOnceAndLeavesTheRestAlone() throws IOException {
        CaseView view = caseWithCommitments("wages", TODAY.minusDays(1), TODAY, TODAY.minusDays(6),
                TODAY.minusDays(6), TODAY.minusDays(6));
        List<UUID> ids = view.responses().get(0).commitments().stream().map(CaseView.CommitmentView::id).toList();
        UUID openPastDue = ids.get(0);
        UUID dueToday = ids.get(1);
        UUID inProgressPastDue = ids.get(2);
        UUID claimed = ids.get(3);
        UUID failedWithRectification = ids.get(4);
        // Rectification is set by a failed verification; the deadline must lie after today.
        tracking.reportProgress(inProgressPastDue, new CommitmentRequests.Progress(1L, 30, null, List.of()), OFFICER);
        tracking.claimFulfilled(claimed, new CommitmentRequests.Claim(1L, null, List.of()), OFFICER);
        tracking.claimFulfilled(failedWithRectification, new CommitmentRequests.Claim(1L, null, List.of()), OFFICER);
        tracking.verify(failedWithRectification, new CommitmentRequests.Verification(2L,
                VerificationMethod.SITE_VISIT, VerificationOutcome.FAILED, "未整改", TODAY.plusDays(4)), SUPERVISOR);

        assertThat(overdueJob.markOverdue()).isEqualTo(2);
        assertThat(overdueJob.markOverdue()).isZero();

        assertThat(statusOf(openPastDue)).isEqualTo(CommitmentStatus.OVERDUE);
        assertThat(statusOf(inProgressPastDue)).isEqualTo(CommitmentStatus.OVERDUE);
        assertThat(statusOf(dueToday)).isEqualTo(CommitmentStatus.OPEN);
        assertThat(statusOf(claimed)).isEqualTo(CommitmentStatus.CLAIMED_FULFILLED);
        assertThat(statusOf(failedWithRectification)).isEqualTo(CommitmentStatus.VERIFICATION_FAILED);

        clock.advance(Duration.ofDays(5));
        assertThat(overdueJob.markOverdue()).isEqualTo(2);
        assertThat(statusOf(dueToday)).isEqualTo(CommitmentStatus.OVERDUE);
        assertThat(statusOf(failedWithRectification)).isEqualTo(CommitmentStatus.OVERDUE);

        List<CaseEvent> overdueEvents = eventsOf(view.id()).stream()
                .filter(e -> e.type() == CaseEventType.COMMITMENT_OVERDUE).toList();
        assertThat(overdueEvents).hasSize(4);
        assertThat(overdueAuditCommitmentIds(view.id())).containsExactlyInAnyOrder(openPastDue, inProgressPastDue,
                dueToday, failedWithRectification);
        assertThat(overdueEvents.get(3).snapshot().responses().get(0).commitments())
                .extracting(CaseSnapshot.Commitment::status)
                .containsExactly("OVERDUE", "OVERDUE", "OVERDUE", "CLAIMED_FULFILLED", "OVERDUE");
    }

    @Test
    void progressOnAnOverdueCommitmentKeepsItOverdueAndItCanStillBeClaimed() {
        UUID id = onlyCommitment(caseWithCommitments("wages", TODAY.minusDays(2)));
        overdueJob.markOverdue();

        CommitmentDetail progressed = tracking.reportProgress(id,
                new CommitmentRequests.Progress(2L, 80, null, List.of()), OFFICER);
        CommitmentDetail claimed = tracking.claimFulfilled(id,
                new CommitmentRequests.Claim(progressed.version(), null, List.of()), OFFICER);

        assertThat(progressed.status()).isEqualTo(CommitmentStatus.OVERDUE);
        assertThat(overdueJob.markOverdue()).isZero();
        assertThat(claimed.status()).isEqualTo(CommitmentStatus.CLAIMED_FULFILLED);
    }

    @Test
    void newReportsOnACaseFlagCommitmentsClaimedOrVerifiedOnceAndVerificationClearsTheFlag() throws IOException {
        CaseView view = caseWithCommitments("wages", TODAY.plusDays(5), TODAY.plusDays(5));
        UUID claimedOne = view.responses().get(0).commitments().get(0).id();
        UUID openOne = view.responses().get(0).commitments().get(1).id();
        tracking.claimFulfilled(claimedOne, new CommitmentRequests.Claim(1L, null, List.of()), OFFICER);
        clock.advance(Duration.ofMinutes(5));

        attached.announce(view.id());
        attached.announce(view.id());

        assertThat(commitments.findById(claimedOne).orElseThrow().flagged()).isTrue();
        assertThat(commitments.findById(openOne).orElseThrow().flagged()).isFalse();
        List<CaseEvent> events = eventsOf(view.id());
        assertThat(events).extracting(CaseEvent::type).endsWith(CaseEventType.COMMITMENT_CLAIMED_FULFILLED,
                CaseEventType.REPORT_ATTACHED, CaseEventType.COMMITMENT_FLAGGED, CaseEventType.REPORT_ATTACHED);
        assertThat(events).extracting(CaseEvent::caseVersion).doesNotHaveDuplicates().isSorted();
        CaseEvent flaggedEvent = events.get(events.size() - 2);
        assertThat(flaggedEvent.snapshot().responses().get(0).commitments())
                .extracting(CaseSnapshot.Commitment::flagged).containsExactly(true, false);
        assertThat(audit.of(view.id())).extracting(AuditEntry::action).contains(AuditAction.COMMITMENT_FLAGGED);

        CommitmentDetail verified = tracking.verify(claimedOne, new CommitmentRequests.Verification(3L,
                VerificationMethod.CITIZEN_CALLBACK, VerificationOutcome.PASSED, "回访属实", null), SUPERVISOR);
        assertThat(verified.flagged()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        attached.announce(view.id());
        assertThat(commitments.findById(claimedOne).orElseThrow().flagged()).isTrue();
    }

    @Test
    void lookBackListsCommitmentsDueInThePeriodFilteredPagedAndOldestDueFirst() {
        CaseView wages = caseWithCommitments("wages", LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 5));
        CaseView housing = caseWithCommitments("housing", LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 15));
        UUID wagesLate = wages.responses().get(0).commitments().get(0).id();
        UUID wagesEarly = wages.responses().get(0).commitments().get(1).id();
        UUID housingDec = housing.responses().get(0).commitments().get(0).id();
        long v = tracking.claimFulfilled(wagesEarly, new CommitmentRequests.Claim(1L, null, List.of()), OFFICER)
                .version();
        tracking.verify(wagesEarly, new CommitmentRequests.Verification(v, VerificationMethod.DOCUMENT_CHECK,
                VerificationOutcome.PASSED, "材料齐全", null), SUPERVISOR);
        tracking.review(wagesEarly, new CommitmentRequests.Review("回访三名工人，工资均已到账",
                ReviewConclusion.CONFIRMED), SUPERVISOR);

        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        LookBackPage december = lookBack.find(filter(from, to, null, null), 0, 10);
        LookBackPage firstTwo = lookBack.find(filter(from, to, null, null), 0, 2);
        LookBackPage third = lookBack.find(filter(from, to, null, null), 1, 2);

        assertThat(december.total()).isEqualTo(3);
        assertThat(december.items()).extracting(LookBackItem::commitmentId)
                .containsExactly(wagesEarly, housingDec, wagesLate);
        assertThat(firstTwo.items()).extracting(LookBackItem::commitmentId).containsExactly(wagesEarly, housingDec);
        assertThat(third.items()).extracting(LookBackItem::commitmentId).containsExactly(wagesLate);
        assertThat(third.total()).isEqualTo(3);
        LookBackItem verified = december.items().get(0);
        assertThat(verified.status()).isEqualTo(CommitmentStatus.VERIFIED);
        assertThat(verified.caseTitle()).isEqualTo(wages.title());
        assertThat(verified.topicArea()).isEqualTo("wages");
        assertThat(verified.lastVerification()).isNotNull();
        assertThat(verified.lastVerification().outcome()).isEqualTo(VerificationOutcome.PASSED);
        assertThat(verified.lastReview()).isNotNull();
        assertThat(verified.lastReview().conclusion()).isEqualTo(ReviewConclusion.CONFIRMED);
        assertThat(verified.reviewCount()).isEqualTo(1);
        assertThat(december.items().get(1).lastVerification()).isNull();

        assertThat(lookBack.find(filter(from, to, null, "housing"), 0, 10).items())
                .extracting(LookBackItem::commitmentId).containsExactly(housingDec);
        assertThat(lookBack.find(filter(from, to, OTHER_UNIT, null), 0, 10).total()).isZero();
        assertThat(lookBack.find(new LookBackQuery.Filter(from, to, null, null,
                EnumSet.of(CommitmentStatus.OPEN, CommitmentStatus.OVERDUE)), 0, 10).items())
                .extracting(LookBackItem::commitmentId).containsExactly(housingDec, wagesLate);
        assertThat(lookBack.find(filter(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), UNIT, null), 0, 10)
                .items()).singleElement().satisfies(i -> assertThat(i.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15)));
    }

    @Test
    void aReviewIsStoredAuditedAndAnnounced() throws IOException {
        CaseView view = caseWithCommitments("wages", TODAY.plusDays(5));
        UUID id = onlyCommitment(view);

        CommitmentDetail reviewed = tracking.review(id, new CommitmentRequests.Review("工地仍有工人反映欠薪",
                ReviewConclusion.FOLLOW_UP_NEEDED), SUPERVISOR);

        assertThat(reviewed.reviews()).singleElement().satisfies(r -> {
            assertThat(r.reviewer()).isEqualTo("test-supervisor");
            assertThat(r.reviewedAt()).isEqualTo(clock.instant());
            assertThat(r.finding()).isEqualTo("工地仍有工人反映欠薪");
            assertThat(r.conclusion()).isEqualTo(ReviewConclusion.FOLLOW_UP_NEEDED);
        });
        assertThat(reviewed.version()).isEqualTo(1);
        assertThat(eventsOf(view.id())).extracting(CaseEvent::type).last()
                .isEqualTo(CaseEventType.COMMITMENT_REVIEWED);
        AuditEntry entry = audit.of(view.id()).get(audit.of(view.id()).size() - 1);
        assertThat(entry.action()).isEqualTo(AuditAction.COMMITMENT_REVIEWED);
        assertThat(entry.detail()).contains(id.toString()).contains("FOLLOW_UP_NEEDED").doesNotContain("欠薪");
    }

    // --- helpers

    static LookBackQuery.Filter filter(LocalDate from, LocalDate to, String unit, String topicArea) {
        return new LookBackQuery.Filter(from, to, unit, topicArea, EnumSet.noneOf(CommitmentStatus.class));
    }

    /** A case assigned to {@link #UNIT}, answered with one commitment of {@link #UNIT} per due date. */
    CaseView caseWithCommitments(String topicArea, LocalDate... dueDates) {
        UUID caseId = opening.open(Reports.wageArrears(topicArea)).caseId();
        cases.assign(caseId, UNIT, SUPERVISOR);
        List<CommitmentRequest> made = new ArrayList<>();
        for (int i = 0; i < dueDates.length; i++) {
            made.add(new CommitmentRequest("承诺事项 " + (i + 1), UNIT, dueDates[i], VerificationMethod.CITIZEN_CALLBACK,
                    "回访全部欠薪工人"));
        }
        return recording.record(caseId, new RecordResponseRequest("已责令施工单位限期支付", ResponseChannel.WECHAT, UNIT,
                clock.instant(), null, made), OFFICER);
    }

    static UUID onlyCommitment(CaseView view) {
        return view.responses().get(0).commitments().get(0).id();
    }

    CommitmentStatus statusOf(UUID id) {
        return commitments.findById(id).orElseThrow().status();
    }

    List<UUID> overdueAuditCommitmentIds(UUID caseId) {
        return audit.of(caseId).stream().filter(e -> e.action() == AuditAction.COMMITMENT_OVERDUE)
                .peek(e -> assertThat(e.actor()).isEqualTo("system:commitment-tracking"))
                .map(e -> UUID.fromString(e.detail().replaceAll(".*\"commitmentId\":\"([0-9a-f-]+)\".*", "$1")))
                .toList();
    }

    List<CaseEvent> eventsOf(UUID caseId) throws IOException {
        List<CaseEvent> events = new ArrayList<>();
        for (OutboxEntry entry : outbox.findByCaseIdOrderByIdAsc(caseId)) {
            events.add(json.readValue(entry.payload(), CaseEvent.class));
        }
        return events;
    }

    Map<String, Object> row(String sql, UUID id) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setObject(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getObject(i));
                    }
                    return row;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
