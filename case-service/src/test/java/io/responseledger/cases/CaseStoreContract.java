package io.responseledger.cases;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseFilter;
import io.responseledger.cases.casefile.CaseNotFoundException;
import io.responseledger.cases.casefile.CasePage;
import io.responseledger.cases.casefile.CaseService;
import io.responseledger.cases.casefile.CaseStatus;
import io.responseledger.cases.casefile.CaseSummary;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.casefile.IllegalCaseTransitionException;
import io.responseledger.cases.outbox.OutboxEntry;
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
import io.responseledger.cases.support.MutableClock;
import io.responseledger.cases.support.RecordingCaseEventPublisher;
import io.responseledger.cases.support.Reports;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.ReportSubmitted;
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

        CaseView view = cases.get(opened.caseId());
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
        assertThat(cases.getByReport(report.reportId()).id()).isEqualTo(opened.caseId());

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
    void listShowsNewestFirstFilteredByStatusTopicAreaAndUnitWithTotal() {
        List<UUID> wages = List.of(openAt(WAGES), openAt(WAGES), openAt(WAGES), openAt(WAGES), openAt(WAGES));
        UUID housing = openAt(HOUSING);
        cases.assign(wages.get(0), "区人社局");
        cases.assign(wages.get(1), "区人社局");
        cases.assign(wages.get(2), "住建局");
        cases.assign(housing, "区人社局");
        recording.record(wages.get(1), response(commitment("足额支付拖欠工资", LocalDate.of(2026, 12, 20))));

        CasePage firstPage = cases.list(new CaseFilter(null, WAGES, null), 0, 2);
        assertThat(firstPage.total()).isEqualTo(5);
        assertThat(firstPage.page()).isZero();
        assertThat(firstPage.size()).isEqualTo(2);
        assertThat(ids(firstPage)).containsExactly(wages.get(4), wages.get(3));
        assertThat(ids(cases.list(new CaseFilter(null, WAGES, null), 2, 2))).containsExactly(wages.get(0));
        assertThat(cases.list(new CaseFilter(null, WAGES, null), 3, 2).items()).isEmpty();

        assertThat(ids(cases.list(new CaseFilter(CaseStatus.ASSIGNED, null, null), 0, 20)))
                .containsExactly(housing, wages.get(2), wages.get(0));
        assertThat(ids(cases.list(new CaseFilter(null, null, "区人社局"), 0, 20)))
                .containsExactly(housing, wages.get(1), wages.get(0));
        assertThat(ids(cases.list(new CaseFilter(CaseStatus.ASSIGNED, WAGES, "区人社局"), 0, 20)))
                .containsExactly(wages.get(0));
        CasePage all = cases.list(new CaseFilter(null, null, null), 0, 20);
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

        CaseView assigned = cases.assign(caseId, "区人社局");
        clock.advance(Duration.ofHours(30));
        CaseView responded = recording.record(caseId, response(
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
        assertThat(cases.get(caseId)).isEqualTo(responded);

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
        cases.assign(caseId, "市场监管局");
        recording.record(caseId, response());

        CaseView again = recording.record(caseId, new RecordResponseRequest("市场监管局召开新闻发布会通报处置进展",
                ResponseChannel.PRESS_CONFERENCE, "市场监管局", Instant.parse("2026-11-28T02:00:00Z"), null,
                List.of(commitment("两周内公布检查结果", LocalDate.of(2026, 12, 10)))));

        assertThat(again.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(again.version()).isEqualTo(4);
        assertThat(again.responses()).hasSize(2);
        assertThat(again.responses().get(0).commitments()).isEmpty();
        assertThat(again.responses().get(1).commitments()).hasSize(1);
    }

    @Test
    void responseOnANewCaseIsRefusedAndChangesNothing() {
        UUID caseId = openAt(WAGES);

        assertThatThrownBy(() -> recording.record(caseId, response(commitment("足额支付", LocalDate.of(2026, 12, 20)))))
                .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(CaseStatus.NEW);
                    assertThat(e.allowedStatuses()).containsExactly(CaseStatus.ASSIGNED, CaseStatus.RESPONDED);
                });

        assertThat(cases.get(caseId).version()).isEqualTo(1);
        assertThat(responses.count()).isZero();
        assertThat(commitments.count()).isZero();
        assertThat(outbox.count()).isEqualTo(1);
    }

    @Test
    void assigningARespondedCaseIsRefused() {
        UUID caseId = openAt(WAGES);
        cases.assign(caseId, "区人社局");
        recording.record(caseId, response());

        assertThatThrownBy(() -> cases.assign(caseId, "住建局"))
                .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(CaseStatus.RESPONDED);
                    assertThat(e.allowedStatuses()).containsExactly(CaseStatus.NEW, CaseStatus.ASSIGNED);
                });
        assertThat(cases.get(caseId).leadUnit()).isEqualTo("区人社局");
    }

    @Test
    void reassigningToTheSameUnitChangesNothingButToAnotherUnitIsAChange() {
        UUID caseId = openAt(WAGES);
        cases.assign(caseId, "区住建局");

        assertThat(cases.assign(caseId, "区住建局").version()).isEqualTo(2);
        assertThat(cases.assign(caseId, "区自然资源局")).satisfies(view -> {
            assertThat(view.version()).isEqualTo(3);
            assertThat(view.leadUnit()).isEqualTo("区自然资源局");
        });
        assertThat(outbox.findByCaseIdOrderByIdAsc(caseId)).hasSize(3);
    }

    @Test
    void unknownCaseOrReportIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> cases.get(unknown)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.getByReport(unknown)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> cases.assign(unknown, "区人社局")).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> recording.record(unknown, response())).isInstanceOf(CaseNotFoundException.class);
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
