package io.responseledger.cases;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditEntry;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseConflictException;
import io.responseledger.cases.casefile.CaseExtensionRepository;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseLifecycle;
import io.responseledger.cases.casefile.CaseMerging;
import io.responseledger.cases.casefile.CaseService;
import io.responseledger.cases.casefile.CaseStatus;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.casefile.ExtensionStatus;
import io.responseledger.cases.casefile.IllegalCaseTransitionException;
import io.responseledger.cases.casefile.StaleCaseVersionException;
import io.responseledger.cases.outbox.OutboxEntry;
import io.responseledger.cases.outbox.OutboxRepository;
import io.responseledger.cases.personal.ReportPersonalDataRepository;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.report.ReportRepository;
import io.responseledger.cases.response.CommitmentRepository;
import io.responseledger.cases.response.RecordResponseRequest;
import io.responseledger.cases.response.ResponseChannel;
import io.responseledger.cases.response.ResponseRecording;
import io.responseledger.cases.response.ResponseRepository;
import io.responseledger.cases.response.ResponseVisibility;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.cases.support.AuditCleanup;
import io.responseledger.cases.support.MutableClock;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.Engagement;
import io.responseledger.contracts.HotlineOrder;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Severity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case lifecycle against a real database: joining reports by work order and thread, attaching and merging,
 * transfers and escalation, the clock (pause, extension, deadlines from the policy), timeliness of responses,
 * optimistic locking, and the events and audit entries each change writes. Runs on H2
 * ({@link CaseLifecycleStoreH2Test}) and PostgreSQL ({@link CaseLifecycleStorePostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaseLifecycleStoreContract implements TestPropertyProvider {

    private static final String UNIT = "区人社局";
    private static final Caller LEADER = Caller.of("test-leader", List.of(Roles.LEADER), null);
    private static final Caller MONITOR = Caller.of("test-monitor", List.of(Roles.MONITOR), null);
    private static final Caller SUPERVISOR = Caller.of("test-supervisor", List.of(Roles.SUPERVISOR), null);
    private static final Caller OFFICER = Caller.of("test-officer", List.of(Roles.OFFICER), UNIT);

    @Inject CaseOpening opening;
    @Inject CaseService cases;
    @Inject CaseLifecycle lifecycle;
    @Inject CaseMerging merging;
    @Inject ResponseRecording recording;
    @Inject CaseFileRepository caseFiles;
    @Inject CaseExtensionRepository extensions;
    @Inject ReportRepository reports;
    @Inject ResponseRepository responses;
    @Inject CommitmentRepository commitments;
    @Inject OutboxRepository outbox;
    @Inject ReportPersonalDataRepository personalData;
    @Inject AuditTrail audit;
    @Inject AuditCleanup auditCleanup;
    @Inject MutableClock clock;
    @Inject ObjectMapper json;

    protected abstract Map<String, String> databaseProperties();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(databaseProperties());
        properties.put("kafka.enabled", "false");
        properties.put("ledger.cases.outbox.relay.enabled", "false");
        properties.put("test.case-events", "recording");
        properties.put("test.clock", "mutable");
        return properties;
    }

    @BeforeEach
    void emptyTheStore() {
        auditCleanup.deleteEverything();
        extensions.deleteAll();
        personalData.deleteAll();
        commitments.deleteAll();
        responses.deleteAll();
        reports.deleteAll();
        outbox.deleteAll();
        caseFiles.deleteAll();
    }

    @Test
    void majorEmergencyOpensWithFiveHourAndPressConferenceDeadlinesAndItsHeat() throws IOException {
        ReportSubmitted report = report(ReportSource.WEIBO, "weibo-" + UUID.randomUUID(), Severity.MAJOR,
                new Engagement(3200, 450, 9800), null);

        UUID caseId = opening.open(report).caseId();

        CaseView view = cases.get(caseId, LEADER);
        Instant opened = view.openedAt();
        assertThat(view.severity()).isEqualTo(Severity.MAJOR);
        assertThat(view.region()).isEqualTo("长沙市岳麓区");
        assertThat(view.responseDueAt()).isEqualTo(opened.plus(Duration.ofHours(5)));
        assertThat(view.pressConferenceDueAt()).isEqualTo(opened.plus(Duration.ofHours(24)));
        assertThat(view.engagement()).isEqualTo(new Engagement(3200, 450, 9800));
        CaseEvent event = eventsOf(caseId).get(0);
        assertThat(event.snapshot().severity()).isEqualTo(Severity.MAJOR);
        assertThat(event.snapshot().responseDueAt()).isEqualTo(view.responseDueAt());
        assertThat(event.snapshot().reportCount()).isEqualTo(1);
        assertThat(event.snapshot().engagement().total()).isEqualTo(13450);
        assertThat(event.snapshot().overdue()).isFalse();
        assertThat(event.snapshot().transferCount()).isZero();
    }

    @Test
    void laterReportOfTheSameWorkOrderJoinsTheCaseWhichKeepsTheHotlineTimeLimit() throws IOException {
        String workOrder = "GD" + UUID.randomUUID().toString().substring(0, 8);
        Instant handlingDue = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        UUID caseId = opening.open(report(ReportSource.HOTLINE, "msg-1-" + workOrder, null, null,
                new HotlineOrder(workOrder, "劳动保障", clock.instant(), handlingDue))).caseId();

        clock.advance(Duration.ofHours(2));
        CaseOpening.Opened followUp = opening.open(report(ReportSource.HOTLINE, "msg-2-" + workOrder, null, null,
                new HotlineOrder(workOrder, "劳动保障", clock.instant(), handlingDue)));

        assertThat(followUp.caseId()).isEqualTo(caseId);
        assertThat(followUp.joined()).isTrue();
        CaseView view = cases.get(caseId, LEADER);
        assertThat(view.reportCount()).isEqualTo(2);
        assertThat(view.reports()).hasSize(2).allSatisfy(r -> assertThat(r.workOrderNumber()).isEqualTo(workOrder));
        assertThat(view.responseDueAt()).isEqualTo(handlingDue);
        assertThat(eventsOf(caseId)).extracting(CaseEvent::type)
                .containsExactly(CaseEventType.CASE_OPENED, CaseEventType.REPORT_ATTACHED);
        assertThat(audit.of(caseId)).extracting(AuditEntry::action).containsExactly(AuditAction.REPORT_ATTACHED);
        assertThat(audit.of(caseId).get(0).detail()).contains("WORK_ORDER");
    }

    @Test
    void laterReportOfTheSameThreadJoinsTheCaseAndAddsItsEngagement() {
        String thread = "weibo-" + UUID.randomUUID();
        UUID caseId = opening.open(report(ReportSource.WEIBO, thread, null, new Engagement(10, 1, 5), null))
                .caseId();

        CaseOpening.Opened again = opening.open(report(ReportSource.WEIBO, thread, null, new Engagement(90, 9, 45),
                null));
        CaseOpening.Opened otherPlatform = opening.open(report(ReportSource.WECHAT, thread, null, null, null));

        assertThat(again.caseId()).isEqualTo(caseId);
        assertThat(otherPlatform.caseId()).isNotEqualTo(caseId);
        CaseView view = cases.get(caseId, LEADER);
        assertThat(view.reportCount()).isEqualTo(2);
        assertThat(view.engagement()).isEqualTo(new Engagement(100, 10, 50));
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void closedCaseReceivingANewReportIsReopenedWithAFreshDeadline() throws IOException {
        String thread = "weibo-" + UUID.randomUUID();
        UUID caseId = opening.open(report(ReportSource.WEIBO, thread, null, null, null)).caseId();
        cases.assign(caseId, UNIT, SUPERVISOR);
        recording.record(caseId, response(clock.instant()), OFFICER);
        lifecycle.close(caseId, "已办结", null, SUPERVISOR);
        clock.advance(Duration.ofDays(20));

        opening.open(report(ReportSource.WEIBO, thread, null, null, null));

        CaseView view = cases.get(caseId, LEADER);
        assertThat(view.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(view.reportCount()).isEqualTo(2);
        assertThat(view.responseDueAt()).isAfter(clock.instant());
        assertThat(view.closedAt()).isNotNull();
        assertThat(eventsOf(caseId)).extracting(CaseEvent::type).endsWith(CaseEventType.CASE_CLOSED,
                CaseEventType.REPORT_ATTACHED, CaseEventType.CASE_REOPENED);
        assertThat(audit.of(caseId)).extracting(AuditEntry::action).endsWith(AuditAction.CASE_CLOSED,
                AuditAction.REPORT_ATTACHED, AuditAction.CASE_REOPENED);
    }

    @Test
    void monitorMovesAReportToAnotherCaseButNotTheOnlyReportOfACase() {
        String thread = "weibo-" + UUID.randomUUID();
        UUID first = opening.open(report(ReportSource.WEIBO, thread, null, new Engagement(5, 5, 5), null)).caseId();
        ReportSubmitted second = report(ReportSource.WEIBO, thread, null, new Engagement(1, 1, 1), null);
        opening.open(second);
        UUID other = opening.open(report(ReportSource.NEWS, "news-" + UUID.randomUUID(), null, null, null)).caseId();

        CaseView target = merging.attachReport(other, second.reportId(), null, MONITOR);

        assertThat(target.reportCount()).isEqualTo(2);
        assertThat(target.engagement()).isEqualTo(new Engagement(1, 1, 1));
        assertThat(target.reports()).extracting(CaseView.ReportView::id).contains(second.reportId());
        assertThat(cases.get(first, LEADER).reportCount()).isEqualTo(1);
        assertThat(cases.get(first, LEADER).engagement()).isEqualTo(new Engagement(5, 5, 5));
        UUID onlyReport = cases.get(first, LEADER).reports().get(0).id();
        assertThatThrownBy(() -> merging.attachReport(other, onlyReport, null, MONITOR))
                .isInstanceOf(CaseConflictException.class);
        assertThat(audit.of(first)).extracting(AuditEntry::action).contains(AuditAction.REPORT_DETACHED);
    }

    @Test
    void mergeMovesTheReportsAndClosesTheMergedCaseKeepingBothHistories() throws IOException {
        UUID survivor = opening.open(report(ReportSource.WEIBO, "weibo-" + UUID.randomUUID(), null,
                new Engagement(100, 0, 0), null)).caseId();
        UUID duplicate = opening.open(report(ReportSource.HOTLINE, "hl-" + UUID.randomUUID(), null,
                new Engagement(0, 20, 0), null)).caseId();
        cases.assign(duplicate, UNIT, SUPERVISOR);

        CaseView merged = merging.merge(survivor, duplicate, 1L, MONITOR);

        assertThat(merged.reportCount()).isEqualTo(2);
        assertThat(merged.engagement()).isEqualTo(new Engagement(100, 20, 0));
        CaseView gone = cases.get(duplicate, LEADER);
        assertThat(gone.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(gone.mergedInto()).isEqualTo(survivor);
        assertThat(gone.reports()).isEmpty();
        assertThat(gone.allowedTransitions()).isEmpty();
        assertThat(audit.of(duplicate)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CASE_ASSIGNED, AuditAction.CASE_MERGED_AWAY);
        assertThat(audit.of(survivor)).extracting(AuditEntry::action).containsExactly(AuditAction.CASES_MERGED);
        assertThat(eventsOf(duplicate)).extracting(CaseEvent::type).containsExactly(CaseEventType.CASE_OPENED,
                CaseEventType.CASE_ASSIGNED, CaseEventType.CASE_MERGED_AWAY);
        assertThat(eventsOf(duplicate).get(2).snapshot().mergedInto()).isEqualTo(survivor);
        assertThat(eventsOf(survivor)).extracting(CaseEvent::type).containsExactly(CaseEventType.CASE_OPENED,
                CaseEventType.CASES_MERGED);
        assertThatThrownBy(() -> lifecycle.reopen(duplicate, "误合并", null, SUPERVISOR))
                .isInstanceOf(CaseConflictException.class);
    }

    @Test
    void changeBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        UUID caseId = opening.open(report(ReportSource.WEIBO, "weibo-" + UUID.randomUUID(), null, null, null))
                .caseId();
        cases.assign(caseId, UNIT, null, 1L, SUPERVISOR);

        assertThatThrownBy(() -> lifecycle.changeDetails(caseId, "housing", null, Severity.LARGE, List.of(), 1L,
                MONITOR))
                .isInstanceOfSatisfying(StaleCaseVersionException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.currentVersion()).isEqualTo(2);
                });
        CaseView view = cases.get(caseId, LEADER);
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.severity()).isEqualTo(Severity.GENERAL);
        assertThat(lifecycle.changeDetails(caseId, "housing", "岳麓区", Severity.LARGE, List.of("住建局"), 2L, MONITOR)
                .coUnits()).containsExactly("住建局");
    }

    @Test
    void thirdTransferWithoutAcceptanceEscalatesToTheSupervisorWhoAssignsAgain() throws IOException {
        UUID caseId = opening.open(report(ReportSource.WEIBO, "weibo-" + UUID.randomUUID(), null, null, null))
                .caseId();
        cases.assign(caseId, UNIT, SUPERVISOR);

        lifecycle.transfer(caseId, "区住建局", "涉及建设工程款", null, OFFICER);
        lifecycle.transfer(caseId, "市场监管局", "非本单位职责", null, SUPERVISOR);
        CaseView escalated = lifecycle.transfer(caseId, "区城管局", "非本单位职责", null, SUPERVISOR);

        assertThat(escalated.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(escalated.transferCount()).isEqualTo(3);
        assertThat(eventsOf(caseId)).extracting(CaseEvent::type).containsExactly(CaseEventType.CASE_OPENED,
                CaseEventType.CASE_ASSIGNED, CaseEventType.CASE_TRANSFERRED, CaseEventType.CASE_TRANSFERRED,
                CaseEventType.CASE_TRANSFERRED, CaseEventType.CASE_ESCALATED);
        assertThat(eventsOf(caseId).get(5).snapshot().transferCount()).isEqualTo(3);
        assertThat(audit.of(caseId).get(1).detail()).contains("涉及建设工程款").contains("区住建局");
        assertThatThrownBy(() -> lifecycle.acceptTransfer(caseId, null, null,
                Caller.of("o", List.of(Roles.OFFICER), "区城管局")))
                .isInstanceOfSatisfying(IllegalCaseTransitionException.class,
                        e -> assertThat(e.currentStatus()).isEqualTo(CaseStatus.ESCALATED));

        CaseView reassigned = cases.assign(caseId, "区住建局", SUPERVISOR);
        assertThat(reassigned.status()).isEqualTo(CaseStatus.ASSIGNED);
    }

    @Test
    void transferAcceptedByTheReceivingUnit() {
        UUID caseId = opening.open(report(ReportSource.WEIBO, "weibo-" + UUID.randomUUID(), null, null, null))
                .caseId();
        cases.assign(caseId, UNIT, SUPERVISOR);
        lifecycle.transfer(caseId, "区住建局", "涉及建设工程款", null, OFFICER);

        CaseView accepted = lifecycle.acceptTransfer(caseId, "张三", null,
                Caller.of("o2", List.of(Roles.OFFICER), "区住建局"));

        assertThat(accepted.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(accepted.leadUnit()).isEqualTo("区住建局");
        assertThat(accepted.assignee()).isEqualTo("张三");
    }

    @Test
    void pauseMovesTheDeadlineAndTheTimeToRespondLeavesThePausedTimeOut() {
        UUID caseId = opening.open(report(ReportSource.WEIBO, "weibo-" + UUID.randomUUID(), null, null, null))
                .caseId();
        CaseView assigned = cases.assign(caseId, UNIT, SUPERVISOR);
        Instant dueBefore = assigned.responseDueAt();

        lifecycle.pause(caseId, "等待群众补充材料", null, OFFICER);
        clock.advance(Duration.ofHours(5));
        CaseView resumed = lifecycle.resume(caseId, null, OFFICER);
        clock.advance(Duration.ofHours(2));
        CaseView responded = recording.record(caseId, response(clock.instant()), OFFICER);

        assertThat(resumed.responseDueAt()).isEqualTo(dueBefore.plus(Duration.ofHours(5)));
        assertThat(resumed.pausedSeconds()).isEqualTo(5 * 3600);
        CaseView.ResponseView response = responded.responses().get(0);
        assertThat(response.dueAt()).isEqualTo(dueBefore.plus(Duration.ofHours(5)));
        assertThat(response.onTime()).isTrue();
        assertThat(response.visibility()).isEqualTo(ResponseVisibility.INTERNAL);
        long elapsed = Duration.between(responded.openedAt(), clock.instant()).getSeconds();
        assertThat(response.timeToRespondSeconds()).isEqualTo(elapsed - 5 * 3600);
        assertThat(responded.firstRespondedAt()).isEqualTo(clock.instant());
    }

    @Test
    void approvedExtensionMovesTheDeadlineAndARefusedOneDoesNot() throws IOException {
        UUID caseId = opening.open(report(ReportSource.WEIBO, "weibo-" + UUID.randomUUID(), null, null, null))
                .caseId();
        Instant due = cases.assign(caseId, UNIT, SUPERVISOR).responseDueAt();
        Instant later = due.plus(Duration.ofDays(3));

        lifecycle.requestExtension(caseId, later, "需会同住建部门现场核查", null, OFFICER);
        assertThatThrownBy(() -> lifecycle.requestExtension(caseId, later.plusSeconds(60), "再次申请", null, OFFICER))
                .isInstanceOf(CaseConflictException.class);
        UUID first = extensions.findByCaseIdAndStatus(caseId, ExtensionStatus.REQUESTED).orElseThrow().id();
        CaseView approved = lifecycle.decideExtension(caseId, first, true, "同意", null, SUPERVISOR);

        lifecycle.requestExtension(caseId, later.plus(Duration.ofDays(7)), "仍需时间", null, OFFICER);
        UUID second = extensions.findByCaseIdAndStatus(caseId, ExtensionStatus.REQUESTED).orElseThrow().id();
        CaseView refused = lifecycle.decideExtension(caseId, second, false, "理由不充分", null, SUPERVISOR);

        assertThat(approved.responseDueAt()).isEqualTo(later);
        assertThat(refused.responseDueAt()).isEqualTo(later);
        assertThat(lifecycle.extensionsOf(caseId, LEADER)).extracting(e -> e.status())
                .containsExactly(ExtensionStatus.APPROVED, ExtensionStatus.REFUSED);
        assertThat(eventsOf(caseId)).extracting(CaseEvent::type).endsWith(CaseEventType.EXTENSION_REQUESTED,
                CaseEventType.EXTENSION_APPROVED, CaseEventType.EXTENSION_REQUESTED, CaseEventType.EXTENSION_REFUSED);
        assertThatThrownBy(() -> lifecycle.decideExtension(caseId, first, false, null, null, SUPERVISOR))
                .isInstanceOf(CaseConflictException.class);
    }

    @Test
    void responsePublishedAfterTheDeadlineIsRecordedAsLate() throws IOException {
        UUID caseId = opening.open(report(ReportSource.NEWS, "news-" + UUID.randomUUID(), Severity.MAJOR, null, null))
                .caseId();
        cases.assign(caseId, UNIT, SUPERVISOR);
        clock.advance(Duration.ofHours(6));

        CaseView responded = recording.record(caseId, response(clock.instant()), OFFICER);

        assertThat(responded.responses().get(0).onTime()).isFalse();
        assertThat(eventsOf(caseId).get(2).snapshot().responses().get(0).onTime()).isFalse();
        assertThat(eventsOf(caseId).get(2).snapshot().responses().get(0).visibility()).isEqualTo("INTERNAL");
    }

    @Test
    void rejectionNamesTheRightBodyAndASupervisorMayReopen() {
        UUID caseId = opening.open(report(ReportSource.WEIBO, "weibo-" + UUID.randomUUID(), null, null, null))
                .caseId();

        CaseView rejected = lifecycle.reject(caseId, "属于民事纠纷，应通过诉讼解决", "区人民法院", null, SUPERVISOR);
        CaseView reopened = lifecycle.reopen(caseId, "群众再次反映，涉及行政监管", null, SUPERVISOR);

        assertThat(rejected.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(rejected.referredTo()).isEqualTo("区人民法院");
        assertThat(rejected.closedAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        assertThat(reopened.status()).isEqualTo(CaseStatus.NEW);
        assertThat(audit.of(caseId)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CASE_REJECTED, AuditAction.CASE_REOPENED);
    }

    @Test
    void raisingTheSeverityShortensTheDeadlineOfACaseNotYetAnswered() {
        UUID caseId = opening.open(report(ReportSource.WEIBO, "weibo-" + UUID.randomUUID(), null, null, null))
                .caseId();
        CaseView opened = cases.get(caseId, LEADER);

        CaseView raised = lifecycle.changeDetails(caseId, opened.topicArea(), null, Severity.EXTRAORDINARY, List.of(),
                null, MONITOR);

        assertThat(raised.responseDueAt()).isEqualTo(opened.openedAt().plus(Duration.ofHours(5)));
        assertThat(raised.pressConferenceDueAt()).isEqualTo(opened.openedAt().plus(Duration.ofHours(24)));
    }

    private ReportSubmitted report(ReportSource source, String externalId, Severity severity, Engagement engagement,
                                   HotlineOrder hotline) {
        clock.advance(Duration.ofMinutes(1));
        Instant observed = clock.instant().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        return new ReportSubmitted(UUID.randomUUID(), source, externalId, "某小区业主反映物业公司违规收费",
                "业主反映物业公司擅自上调物业费并停水催缴。", "housing", null, null, observed, observed.plusSeconds(5),
                null, "长沙市岳麓区", null, engagement, severity, null, hotline);
    }

    private static RecordResponseRequest response(Instant publishedAt) {
        return new RecordResponseRequest("已约谈物业公司，责令停止违规收费并恢复供水", ResponseChannel.HOTLINE_CALLBACK,
                UNIT, publishedAt.truncatedTo(ChronoUnit.MILLIS), null, List.of(), ResponseVisibility.INTERNAL);
    }

    private List<CaseEvent> eventsOf(UUID caseId) throws IOException {
        List<CaseEvent> events = new ArrayList<>();
        for (OutboxEntry entry : outbox.findByCaseIdOrderByIdAsc(caseId)) {
            events.add(json.readValue(entry.payload(), CaseEvent.class));
        }
        return events;
    }
}
