package io.responseledger.cases;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditEntry;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseFilter;
import io.responseledger.cases.casefile.CaseNotFoundException;
import io.responseledger.cases.casefile.CaseOrder;
import io.responseledger.cases.casefile.CasePage;
import io.responseledger.cases.casefile.CaseService;
import io.responseledger.cases.casefile.CaseStatus;
import io.responseledger.cases.casefile.CaseSummary;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.casefile.Deadlines;
import io.responseledger.cases.casefile.IllegalCaseTransitionException;
import io.responseledger.cases.outbox.OutboxEntry;
import io.responseledger.cases.personal.CaseContacts;
import io.responseledger.cases.personal.ContactReveal;
import io.responseledger.cases.personal.ReportPersonalDataRepository;
import io.responseledger.cases.outbox.OutboxRelay;
import io.responseledger.cases.outbox.OutboxRepository;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.report.ReportRepository;
import io.responseledger.cases.response.CommitmentRepository;
import io.responseledger.cases.response.RecordResponseRequest;
import io.responseledger.cases.response.RecordResponseRequest.CommitmentRequest;
import io.responseledger.cases.response.ResponseChannel;
import io.responseledger.cases.response.ResponseRecording;
import io.responseledger.cases.response.ResponseRepository;
import io.responseledger.cases.response.VerificationMethod;
import io.responseledger.cases.security.AccessDeniedException;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.cases.support.AuditCleanup;
import io.responseledger.cases.support.MutableClock;
import io.responseledger.cases.support.RecordingCaseEventPublisher;
import io.responseledger.cases.support.Reports;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Severity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The case store against a real database, without Kafka: migrations, repositories, the services that change
 * cases and the outbox relay. Runs once on H2 ({@link CaseStoreH2Test}) and once on PostgreSQL
 * ({@link CaseStorePostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaseStoreContract implements TestPropertyProvider {

    private static final String WAGES = "wage-arrears";
    private static final String HOUSING = "housing";
    private static final Caller LEADER = Caller.of("test-leader", List.of(Roles.LEADER), null);
    private static final Caller MONITOR = Caller.of("test-monitor", List.of(Roles.MONITOR), null);
    private static final Caller SUPERVISOR = Caller.of("test-supervisor", List.of(Roles.SUPERVISOR), null);

    @Inject CaseOpening opening;
    @Inject CaseService cases;
    @Inject ResponseRecording recording;
    @Inject OutboxRelay relay;
    @Inject CaseFileRepository caseFiles;
    @Inject ReportRepository reports;
    @Inject ResponseRepository responses;
    @Inject CommitmentRepository commitments;
    @Inject OutboxRepository outbox;
    @Inject RecordingCaseEventPublisher publisher;
    @Inject MutableClock clock;
    @Inject ObjectMapper json;
    @Inject ReportPersonalDataRepository personalData;
    @Inject ContactReveal contactReveal;
    @Inject AuditTrail audit;
    @Inject AuditCleanup auditCleanup;

    /** Where the database is; the rest of the test configuration is common. */
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
        personalData.deleteAll();
        commitments.deleteAll();
        responses.deleteAll();
        reports.deleteAll();
        outbox.deleteAll();
        caseFiles.deleteAll();
        publisher.reset();
    }

    @Test
    void reportOpensANewCaseAndAnnouncesIt() throws IOException {
        ReportSubmitted report = Reports.wageArrears(WAGES);

        CaseOpening.Opened opened = opening.open(report);

        CaseView view = cases.get(opened.caseId(), LEADER);
        assertThat(opened.isNew()).isTrue();
        assertThat(view.status()).isEqualTo(CaseStatus.NEW);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.title()).isEqualTo(report.title());
        assertThat(view.topicArea()).isEqualTo(WAGES);
        assertThat(view.reportCount()).isEqualTo(1);
        assertThat(view.leadUnit()).isNull();
        assertThat(view.reports()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(report.reportId());
            assertThat(r.body()).isEqualTo(report.body());
            assertThat(r.externalId()).isEqualTo(report.externalId());
            assertThat(r.occurredAt()).isEqualTo(report.occurredAt());
            assertThat(r.observedAt()).isEqualTo(report.observedAt());
            assertThat(r.receivedAt()).isEqualTo(clock.instant());
        });
        assertThat(cases.getByReport(report.reportId(), LEADER).id()).isEqualTo(opened.caseId());

        assertThat(outbox.findByCaseIdOrderByIdAsc(opened.caseId()).get(0).payload())
                .contains("\"leadUnit\":null").contains("\"responses\":[]");
        CaseEvent event = onlyEventOf(opened.caseId());
        assertThat(event.type()).isEqualTo(CaseEventType.CASE_OPENED);
        assertThat(event.caseVersion()).isEqualTo(1);
        assertThat(event.snapshot().status()).isEqualTo("NEW");
        assertThat(event.snapshot().reports()).singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(report.reportId()));
        assertThat(event.snapshot().responses()).isEmpty();
    }

    @Test
    void reportSentTwiceOpensOneCase() {
        ReportSubmitted report = Reports.wageArrears(WAGES);

        CaseOpening.Opened first = opening.open(report);
        CaseOpening.Opened again = opening.open(report);

        assertThat(again.isNew()).isFalse();
        assertThat(again.caseId()).isEqualTo(first.caseId());
        assertThat(caseFiles.count()).isEqualTo(1);
        assertThat(reports.count()).isEqualTo(1);
        assertThat(outbox.count()).isEqualTo(1);
    }

    @Test
    void sameReportDeliveredTwiceAtOnceOpensOneCase() throws Exception {
        ReportSubmitted report = Reports.wageArrears(WAGES);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> deliveries = List.of(
                    pool.submit(() -> awaitAndOpen(start, report)),
                    pool.submit(() -> awaitAndOpen(start, report)));
            start.countDown();
            for (Future<?> delivery : deliveries) {
                try {
                    delivery.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException ignored) {
                    // The losing delivery fails on the report's primary key; the listener would retry it.
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(opening.open(report).isNew()).isFalse();
        assertThat(caseFiles.count()).isEqualTo(1);
        assertThat(reports.count()).isEqualTo(1);
        assertThat(outbox.count()).isEqualTo(1);
    }

    @Test
    void listFiltersBySeverityRegionAndOverdueAndSortsByDeadlineOrAge() {
        UUID first = openAt(WAGES);
        UUID second = openAt(WAGES);
        UUID third = openAt(HOUSING);
        Instant now = clock.instant();
        setDetails(first, Severity.MAJOR, "岳麓区", now.minus(Duration.ofHours(1)));
        setDetails(second, Severity.GENERAL, "岳麓区", now.plus(Duration.ofHours(10)));
        setDetails(third, Severity.MAJOR, "天心区", now.plus(Duration.ofHours(20)));
        assertThat(caseFiles.markOverdue(first, now)).isEqualTo(1);

        assertThat(ids(cases.list(new CaseFilter(null, null, null, Severity.MAJOR, null, null), 0, 20, LEADER)))
                .containsExactly(third, first);
        assertThat(ids(cases.list(new CaseFilter(null, null, null, null, "岳麓区", null), 0, 20, LEADER)))
                .containsExactly(second, first);
        assertThat(ids(cases.list(new CaseFilter(null, null, null, null, null, true), 0, 20, LEADER)))
                .containsExactly(first);
        assertThat(ids(cases.list(new CaseFilter(null, null, null, Severity.MAJOR, "岳麓区", false), 0, 20,
                LEADER))).isEmpty();
        CaseFilter all = new CaseFilter(null, null, null);
        assertThat(ids(cases.list(all, CaseOrder.DUE, 0, 20, LEADER))).containsExactly(first, second, third);
        assertThat(ids(cases.list(all, CaseOrder.OLDEST, 0, 20, LEADER))).containsExactly(first, second, third);
        assertThat(ids(cases.list(all, CaseOrder.NEWEST, 0, 2, LEADER))).containsExactly(third, second);
    }

    @Test
    void listShowsNewestFirstFilteredByStatusTopicAreaAndUnitWithTotal() {
        List<UUID> wages = List.of(openAt(WAGES), openAt(WAGES), openAt(WAGES), openAt(WAGES), openAt(WAGES));
        UUID housing = openAt(HOUSING);
        cases.assign(wages.get(0), "区人社局", SUPERVISOR);
        cases.assign(wages.get(1), "区人社局", SUPERVISOR);
        cases.assign(wages.get(2), "住建局", SUPERVISOR);
        cases.assign(housing, "区人社局", SUPERVISOR);
        recordAsLeadUnitOfficer(wages.get(1), response(commitment("足额支付拖欠工资", LocalDate.of(2026, 12, 20))));

        CasePage firstPage = cases.list(new CaseFilter(null, WAGES, null), 0, 2, LEADER);
        assertThat(firstPage.total()).isEqualTo(5);
        assertThat(firstPage.page()).isZero();
        assertThat(firstPage.size()).isEqualTo(2);
        assertThat(ids(firstPage)).containsExactly(wages.get(4), wages.get(3));
        assertThat(ids(cases.list(new CaseFilter(null, WAGES, null), 2, 2, LEADER))).containsExactly(wages.get(0));
        assertThat(cases.list(new CaseFilter(null, WAGES, null), 3, 2, LEADER).items()).isEmpty();

        assertThat(ids(cases.list(new CaseFilter(CaseStatus.ASSIGNED, null, null), 0, 20, LEADER)))
                .containsExactly(housing, wages.get(2), wages.get(0));
        assertThat(ids(cases.list(new CaseFilter(null, null, "区人社局"), 0, 20, LEADER)))
                .containsExactly(housing, wages.get(1), wages.get(0));
        assertThat(ids(cases.list(new CaseFilter(CaseStatus.ASSIGNED, WAGES, "区人社局"), 0, 20, LEADER)))
                .containsExactly(wages.get(0));
        CasePage all = cases.list(new CaseFilter(null, null, null), 0, 20, LEADER);
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.items().get(0)).satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(housing);
            assertThat(summary.status()).isEqualTo(CaseStatus.ASSIGNED);
            assertThat(summary.leadUnit()).isEqualTo("区人社局");
            assertThat(summary.reportCount()).isEqualTo(1);
            assertThat(summary.version()).isEqualTo(2);
        });
    }

    @Test
    void assignmentAndResponseRaiseTheVersionAndAnnounceEveryChange() throws IOException {
        UUID caseId = openAt(WAGES);

        CaseView assigned = cases.assign(caseId, "区人社局", SUPERVISOR);
        clock.advance(Duration.ofHours(30));
        CaseView responded = recordAsLeadUnitOfficer(caseId, response(
                new CommitmentRequest("12月20日前足额支付拖欠工资", "区人社局", LocalDate.of(2026, 12, 20),
                        VerificationMethod.CITIZEN_CALLBACK),
                new CommitmentRequest("将该项目纳入重点监管", "住建局", LocalDate.of(2026, 12, 31), null)));

        assertThat(assigned.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(assigned.version()).isEqualTo(2);
        assertThat(responded.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(responded.version()).isEqualTo(3);
        assertThat(responded.updatedAt()).isEqualTo(clock.instant());
        assertThat(responded.responses()).singleElement().satisfies(r -> {
            assertThat(r.channel()).isEqualTo(ResponseChannel.GOVERNMENT_WEBSITE);
            assertThat(r.publishingUnit()).isEqualTo("区人社局");
            assertThat(r.commitments()).extracting(CaseView.CommitmentView::content)
                    .containsExactly("12月20日前足额支付拖欠工资", "将该项目纳入重点监管");
            assertThat(r.commitments()).allSatisfy(c -> assertThat(c.status().name()).isEqualTo("OPEN"));
            assertThat(r.commitments().get(0).verificationMethod()).isEqualTo(VerificationMethod.CITIZEN_CALLBACK);
            assertThat(r.commitments().get(1).verificationMethod()).isNull();
        });
        assertThat(cases.get(caseId, LEADER)).isEqualTo(responded);

        List<CaseEvent> events = eventsOf(caseId);
        assertThat(events).extracting(CaseEvent::type).containsExactly(CaseEventType.CASE_OPENED,
                CaseEventType.CASE_ASSIGNED, CaseEventType.RESPONSE_RECORDED);
        assertThat(events).extracting(CaseEvent::caseVersion).containsExactly(1L, 2L, 3L);
        assertThat(events).extracting(CaseEvent::eventId).doesNotHaveDuplicates();
        CaseEvent last = events.get(2);
        assertThat(last.occurredAt()).isEqualTo(responded.updatedAt());
        assertThat(last.snapshot().leadUnit()).isEqualTo("区人社局");
        assertThat(last.snapshot().status()).isEqualTo("RESPONDED");
        assertThat(last.snapshot().responses()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(responded.responses().get(0).text());
            assertThat(r.commitments()).extracting(c -> c.dueDate())
                    .containsExactly(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 31));
        });
    }

    @Test
    void secondResponseKeepsTheCaseRespondedAndAddsToIt() {
        UUID caseId = openAt(WAGES);
        cases.assign(caseId, "市场监管局", SUPERVISOR);
        recordAsLeadUnitOfficer(caseId, response());

        CaseView again = recordAsLeadUnitOfficer(caseId, new RecordResponseRequest("市场监管局召开新闻发布会通报处置进展",
                ResponseChannel.PRESS_CONFERENCE, "市场监管局", Instant.parse("2026-11-28T02:00:00Z"), null,
                List.of(commitment("两周内公布检查结果", LocalDate.of(2026, 12, 10)))));

        assertThat(again.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(again.version()).isEqualTo(4);
        assertThat(again.responses()).hasSize(2);
        assertThat(again.responses().get(0).commitments()).isEmpty();
        assertThat(again.responses().get(1).commitments()).hasSize(1);
    }

    @Test
    void responseByAnyoneButAnOfficerOfTheLeadUnitIsRefusedAndChangesNothing() {
        UUID unassigned = openAt(WAGES);
        UUID assigned = openAt(WAGES);
        cases.assign(assigned, "区人社局", SUPERVISOR);
        RecordResponseRequest request = response(commitment("足额支付", LocalDate.of(2026, 12, 20)));

        assertThatThrownBy(() -> recording.record(unassigned, request, officer("区人社局")))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.detail()).isEqualTo("案件不属于您所在的单位"));
        assertThatThrownBy(() -> recording.record(assigned, request, officer("市场监管局")))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.detail()).isEqualTo("案件不属于您所在的单位"));
        assertThatThrownBy(() -> recording.record(assigned, request, SUPERVISOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recording.record(assigned, request,
                Caller.of("officer-without-unit", List.of(Roles.OFFICER), null)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.detail()).contains("unit"));

        assertThat(cases.get(assigned, LEADER).version()).isEqualTo(2);
        assertThat(cases.get(unassigned, LEADER).version()).isEqualTo(1);
        assertThat(responses.count()).isZero();
        assertThat(commitments.count()).isZero();
        assertThat(outbox.count()).isEqualTo(3);
        assertThat(audit.of(assigned)).extracting(AuditEntry::action).containsExactly(AuditAction.CASE_ASSIGNED);
    }

    @Test
    void officerReadsAndListsOnlyTheCasesOfTheirUnit() {
        UUID ours = openAt(WAGES);
        UUID theirs = openAt(WAGES);
        UUID unassigned = openAt(WAGES);
        cases.assign(ours, "区人社局", SUPERVISOR);
        cases.assign(theirs, "市场监管局", SUPERVISOR);
        Caller officer = officer("区人社局");

        assertThat(cases.get(ours, officer).id()).isEqualTo(ours);
        assertThatThrownBy(() -> cases.get(theirs, officer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.get(unassigned, officer)).isInstanceOf(AccessDeniedException.class);
        assertThat(ids(cases.list(new CaseFilter(null, null, null), 0, 20, officer))).containsExactly(ours);
        assertThat(ids(cases.list(new CaseFilter(null, null, "区人社局"), 0, 20, officer))).containsExactly(ours);
        assertThatThrownBy(() -> cases.list(new CaseFilter(null, null, "市场监管局"), 0, 20, officer))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ids(cases.list(new CaseFilter(null, null, null), 0, 20, MONITOR)))
                .containsExactly(unassigned, theirs, ours);
    }

    @Test
    void reportWithPersonalDataIsStoredApartAndNeverInTheReportOrItsEvents() throws IOException {
        ReportSubmitted report = Reports.hotlineWithPersonalData(HOUSING);

        UUID caseId = opening.open(report).caseId();

        assertThat(personalData.findById(report.reportId())).hasValueSatisfying(stored -> {
            assertThat(stored.name()).isEqualTo(Reports.NAME);
            assertThat(stored.toPersonalData().phones()).containsExactly(Reports.MOBILE);
            assertThat(stored.toPersonalData().idNumbers()).containsExactly(Reports.ID_NUMBER);
            assertThat(stored.toPersonalData().emails()).containsExactly(Reports.EMAIL);
        });
        assertThat(reports.findById(report.reportId())).hasValueSatisfying(stored ->
                assertThat(stored.body()).doesNotContain(Reports.MOBILE, Reports.ID_NUMBER, Reports.EMAIL));
        CaseView view = cases.get(caseId, LEADER);
        assertThat(view.reports()).singleElement().satisfies(r -> {
            assertThat(r.personalData().name()).isEqualTo("王**");
            assertThat(r.personalData().phones()).containsExactly("139****5678");
            assertThat(r.personalData().idNumbers()).containsExactly("110105********1234");
            assertThat(r.personalData().emails()).containsExactly("w***@example.com");
        });
        assertThat(outbox.findByCaseIdOrderByIdAsc(caseId)).singleElement().satisfies(entry ->
                assertThat(entry.payload()).doesNotContain(Reports.NAME, Reports.MOBILE, Reports.ID_NUMBER,
                        Reports.EMAIL, "personalData"));
        assertThat(onlyEventOf(caseId).snapshot().reports()).singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo(report.body()));
    }

    @Test
    void reportWithoutPersonalDataStoresNoneAndShowsEmptyMaskedData() {
        ReportSubmitted report = Reports.wageArrears(WAGES);

        UUID caseId = opening.open(report).caseId();

        assertThat(personalData.count()).isZero();
        assertThat(cases.get(caseId, LEADER).reports()).singleElement().satisfies(r ->
                assertThat(r.personalData()).isEqualTo(new CaseView.MaskedPersonalData(null, List.of(), List.of(),
                        List.of())));
    }

    @Test
    void revealingContactsShowsTheFullDetailsAndRecordsWhoSawThem() {
        ReportSubmitted withDetails = Reports.hotlineWithPersonalData(HOUSING);
        UUID caseId = opening.open(withDetails).caseId();
        cases.assign(caseId, "区住建局", SUPERVISOR);
        Caller officer = officer("区住建局");
        clock.advance(Duration.ofMinutes(3));

        CaseContacts contacts = contactReveal.reveal(caseId, officer);
        contactReveal.reveal(caseId, SUPERVISOR);

        assertThat(contacts.caseId()).isEqualTo(caseId);
        assertThat(contacts.contacts()).singleElement().satisfies(c -> {
            assertThat(c.reportId()).isEqualTo(withDetails.reportId());
            assertThat(c.source()).isEqualTo(withDetails.source());
            assertThat(c.externalId()).isEqualTo(withDetails.externalId());
            assertThat(c.name()).isEqualTo(Reports.NAME);
            assertThat(c.phones()).containsExactly(Reports.MOBILE);
            assertThat(c.idNumbers()).containsExactly(Reports.ID_NUMBER);
            assertThat(c.emails()).containsExactly(Reports.EMAIL);
        });
        List<AuditEntry> reveals = audit.of(caseId).stream()
                .filter(e -> e.action() == AuditAction.CONTACTS_REVEALED).toList();
        assertThat(reveals).hasSize(2);
        assertThat(reveals.get(0)).satisfies(entry -> {
            assertThat(entry.caseId()).isEqualTo(caseId);
            assertThat(entry.actor()).isEqualTo("test-officer-区住建局");
            assertThat(entry.actorRoles()).isEqualTo("OFFICER");
            assertThat(entry.actorUnit()).isEqualTo("区住建局");
            assertThat(entry.occurredAt()).isEqualTo(clock.instant());
            assertThat(entry.detail()).contains(withDetails.reportId().toString())
                    .doesNotContain(Reports.MOBILE, Reports.ID_NUMBER);
            assertThat(entry.beforeState()).isNull();
            assertThat(entry.afterState()).isNull();
        });
        assertThat(reveals.get(1).actor()).isEqualTo("test-supervisor");
    }

    @Test
    void contactsAreRefusedToReadOnlyRolesAndOtherUnitsAndNothingIsRecorded() {
        UUID caseId = opening.open(Reports.hotlineWithPersonalData(HOUSING)).caseId();
        cases.assign(caseId, "区住建局", SUPERVISOR);

        for (Caller refused : List.of(LEADER, MONITOR, officer("区人社局"),
                Caller.of("officer-without-unit", List.of(Roles.OFFICER), null))) {
            assertThatThrownBy(() -> contactReveal.reveal(caseId, refused)).as(refused.subject())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> contactReveal.reveal(UUID.randomUUID(), SUPERVISOR))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(audit.of(caseId)).extracting(AuditEntry::action).containsExactly(AuditAction.CASE_ASSIGNED);
    }

    @Test
    void assignmentAndResponseAreAuditedWithTheActorAndTheStateBeforeAndAfter() {
        UUID caseId = openAt(WAGES);
        cases.assign(caseId, "区人社局", SUPERVISOR);
        cases.assign(caseId, "区人社局", SUPERVISOR);
        CaseView responded = recording.record(caseId, response(), officer("区人社局"));

        List<AuditEntry> trail = audit.of(caseId);
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CASE_ASSIGNED, AuditAction.RESPONSE_RECORDED);
        assertThat(trail.get(0)).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("test-supervisor");
            assertThat(entry.actorRoles()).isEqualTo("SUPERVISOR");
            assertThat(entry.actorUnit()).isNull();
            assertThat(entry.beforeState()).contains("\"status\":\"NEW\"").contains("\"leadUnit\":null");
            assertThat(entry.afterState()).contains("\"status\":\"ASSIGNED\"").contains("\"leadUnit\":\"区人社局\"");
        });
        assertThat(trail.get(1)).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("test-officer-区人社局");
            assertThat(entry.actorUnit()).isEqualTo("区人社局");
            assertThat(entry.detail()).contains(responded.responses().get(0).id().toString());
            assertThat(entry.beforeState()).contains("\"status\":\"ASSIGNED\"");
            assertThat(entry.afterState()).contains("\"status\":\"RESPONDED\"");
        });
        assertThat(responded.responses()).singleElement()
                .satisfies(r -> assertThat(r.recordedBy()).isEqualTo("test-officer-区人社局"));
    }

    @Test
    void assigningARespondedCaseIsRefused() {
        UUID caseId = openAt(WAGES);
        cases.assign(caseId, "区人社局", SUPERVISOR);
        recordAsLeadUnitOfficer(caseId, response());

        assertThatThrownBy(() -> cases.assign(caseId, "住建局", SUPERVISOR))
                .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(CaseStatus.RESPONDED);
                    assertThat(e.allowedStatuses()).containsExactly(CaseStatus.NEW, CaseStatus.ASSIGNED,
                            CaseStatus.TRANSFERRING, CaseStatus.ESCALATED);
                });
        assertThat(cases.get(caseId, LEADER).leadUnit()).isEqualTo("区人社局");
    }

    @Test
    void reassigningToTheSameUnitChangesNothingButToAnotherUnitIsAChange() {
        UUID caseId = openAt(WAGES);
        cases.assign(caseId, "区住建局", SUPERVISOR);

        assertThat(cases.assign(caseId, "区住建局", SUPERVISOR).version()).isEqualTo(2);
        assertThat(cases.assign(caseId, "区自然资源局", SUPERVISOR)).satisfies(view -> {
            assertThat(view.version()).isEqualTo(3);
            assertThat(view.leadUnit()).isEqualTo("区自然资源局");
        });
        assertThat(outbox.findByCaseIdOrderByIdAsc(caseId)).hasSize(3);
    }

    @Test
    void unknownCaseOrReportIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> cases.get(unknown, LEADER)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.getByReport(unknown, LEADER)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.assign(unknown, "区人社局", SUPERVISOR))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> recordAsLeadUnitOfficer(unknown, response()))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void relayPublishesEventsOldestFirstAndMarksThemPublished() {
        openAt(WAGES);
        openAt(WAGES);
        openAt(HOUSING);
        List<UUID> written = outbox.findAll().stream()
                .sorted(java.util.Comparator.comparing(OutboxEntry::id)).map(OutboxEntry::eventId).toList();

        OutboxRelay.Relayed relayed = relay.relayBatch(10);

        assertThat(relayed.published()).isEqualTo(3);
        assertThat(relayed.failure()).isNull();
        assertThat(publisher.publishedEventIds()).containsExactlyElementsOf(written);
        assertThat(outbox.countByPublishedAtIsNull()).isZero();
        assertThat(relay.relayBatch(10).locked()).isZero();
    }

    @Test
    void relayMarksOnlyWhatTheBrokerAcknowledgedAndSendsTheRestAgain() {
        openAt(WAGES);
        openAt(WAGES);
        openAt(WAGES);
        List<OutboxEntry> written = outbox.findAll().stream()
                .sorted(java.util.Comparator.comparing(OutboxEntry::id)).toList();
        UUID refused = written.get(1).eventId();
        publisher.answerWith(entry -> entry.eventId().equals(refused)
                ? CompletableFuture.failedFuture(new IllegalStateException("broker unavailable"))
                : CompletableFuture.completedFuture(null));

        OutboxRelay.Relayed relayed = relay.relayBatch(10);

        assertThat(relayed.locked()).isEqualTo(3);
        assertThat(relayed.published()).isEqualTo(1);
        assertThat(relayed.failure()).hasMessage("broker unavailable");
        assertThat(outbox.countByPublishedAtIsNull()).isEqualTo(2);

        publisher.reset();
        assertThat(relay.relayBatch(10).published()).isEqualTo(2);
        assertThat(publisher.publishedEventIds()).containsExactly(written.get(1).eventId(), written.get(2).eventId());
        assertThat(outbox.countByPublishedAtIsNull()).isZero();
    }

    @Test
    void twoRelaysRunningAtOnceSendEachEventOnce() throws Exception {
        for (int i = 0; i < 4; i++) {
            openAt(WAGES);
        }
        CompletableFuture<Void> brokerOfFirstRelay = new CompletableFuture<>();
        Thread firstRelayThread = new Thread(() -> relay.relayBatch(2), "first-relay");
        publisher.answerWith(entry -> Thread.currentThread() == firstRelayThread
                ? brokerOfFirstRelay
                : CompletableFuture.completedFuture(null));

        firstRelayThread.start();
        // The first relay holds two rows locked while it waits for its acknowledgements.
        await().atMost(Duration.ofSeconds(20)).until(() -> publisher.publishedEventIds().size() == 2);
        OutboxRelay.Relayed second = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> relay.relayBatch(10));
        brokerOfFirstRelay.complete(null);
        firstRelayThread.join(20_000);

        assertThat(second).isEqualTo(new OutboxRelay.Relayed(2, 2, null));
        assertThat(publisher.publishedEventIds()).hasSize(4).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(outbox.findAll().stream().map(OutboxEntry::eventId).toList());
        assertThat(outbox.countByPublishedAtIsNull()).isZero();
    }

    @Test
    void publishedEventsArePurgedAfterTheRetentionPeriodAndUnpublishedOnesNever() {
        openAt(WAGES);
        relay.relayBatch(10);
        clock.advance(Duration.ofDays(8));
        openAt(WAGES);

        assertThat(relay.purgePublishedBefore(clock.instant().minus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(outbox.count()).isEqualTo(1);
        assertThat(outbox.countByPublishedAtIsNull()).isEqualTo(1);
    }

    private void awaitAndOpen(CountDownLatch start, ReportSubmitted report) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        opening.open(report);
    }

    private static Caller officer(String unit) {
        return Caller.of("test-officer-" + unit, List.of(Roles.OFFICER), unit);
    }

    /** Records as an officer of the case's lead unit (of some unit, if the case has none or does not exist). */
    private CaseView recordAsLeadUnitOfficer(UUID caseId, RecordResponseRequest request) {
        String unit = caseFiles.findById(caseId).map(CaseFile::leadUnit).orElse(null);
        return recording.record(caseId, request, officer(unit == null ? "区人社局" : unit));
    }

    private void setDetails(UUID caseId, Severity severity, String region, Instant responseDueAt) {
        CaseFile current = caseFiles.findById(caseId).orElseThrow();
        caseFiles.update(current.withDetails(current.topicArea(), region, severity, List.of(),
                new Deadlines(responseDueAt, null), clock.instant()));
    }

    private UUID openAt(String topicArea) {
        clock.advance(Duration.ofMinutes(1));
        return opening.open(Reports.wageArrears(topicArea)).caseId();
    }

    private static List<UUID> ids(CasePage page) {
        return page.items().stream().map(CaseSummary::id).toList();
    }

    private static CommitmentRequest commitment(String content, LocalDate dueDate) {
        return new CommitmentRequest(content, "区人社局", dueDate, null);
    }

    private static RecordResponseRequest response(CommitmentRequest... commitments) {
        return new RecordResponseRequest("已约谈施工总包单位，责令于12月20日前足额支付拖欠工资；住建局将该项目纳入重点监管",
                ResponseChannel.GOVERNMENT_WEBSITE, "区人社局", Instant.parse("2026-11-27T07:00:00Z"),
                "https://www.example.gov.cn/xxgk/2026/11/27/1.html", List.of(commitments));
    }

    private CaseEvent onlyEventOf(UUID caseId) throws IOException {
        List<CaseEvent> events = eventsOf(caseId);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private List<CaseEvent> eventsOf(UUID caseId) throws IOException {
        List<CaseEvent> events = new java.util.ArrayList<>();
        for (OutboxEntry entry : outbox.findByCaseIdOrderByIdAsc(caseId)) {
            CaseEvent event = json.readValue(entry.payload(), CaseEvent.class);
            assertThat(event.eventId()).isEqualTo(entry.eventId());
            assertThat(event.caseVersion()).isEqualTo(entry.caseVersion());
            events.add(event);
        }
        return events;
    }
}
