package io.responseledger.cases.commitment;

import io.micronaut.context.ApplicationContext;
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
import io.responseledger.cases.response.ResponseChannel;
import io.responseledger.cases.response.ResponseRecording;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.cases.support.Reports;
import io.responseledger.contracts.CaseEventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two case-service instances (two application contexts) on one database run the overdue job at the same moment:
 * every past-due commitment is marked once, with exactly one COMMITMENT_OVERDUE event and one audit entry.
 */
abstract class OverdueTwoInstancesContract {

    private static final String UNIT = "区人社局";
    private static final Caller SUPERVISOR = Caller.of("test-supervisor", List.of(Roles.SUPERVISOR), null);
    private static final Caller OFFICER = Caller.of("test-officer", List.of(Roles.OFFICER), UNIT);
    private static final int CASES = 8;
    private static final int PER_CASE = 3;
    private static final int ROUNDS = 3;

    private final List<ApplicationContext> instances = new ArrayList<>();

    /** The database both instances share, and the environments to run them in. */
    protected abstract Map<String, String> databaseProperties();

    protected abstract String[] environments();

    @AfterEach
    void stopInstances() {
        instances.forEach(ApplicationContext::close);
        instances.clear();
    }

    @Test
    void twoInstancesRunningTheOverdueJobAtOnceAnnounceEachOverdueCommitmentOnce() throws Exception {
        ApplicationContext first = start();
        ApplicationContext second = start();
        List<UUID> pastDue = seedPastDueCommitments(first);

        int marked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            marked += runAtOnce(first.getBean(OverdueCommitmentsJob.class), second.getBean(OverdueCommitmentsJob.class));
        }

        assertThat(marked).isEqualTo(pastDue.size());
        CommitmentRepository commitments = second.getBean(CommitmentRepository.class);
        assertThat(pastDue).allSatisfy(id ->
                assertThat(commitments.findById(id).orElseThrow().status()).isEqualTo(CommitmentStatus.OVERDUE));
        List<OutboxEntry> overdueEvents = second.getBean(OutboxRepository.class).findAll().stream()
                .filter(e -> e.eventType().equals(CaseEventType.COMMITMENT_OVERDUE.name())).toList();
        assertThat(overdueEvents).hasSize(pastDue.size());
        assertThat(overdueEvents.stream().collect(Collectors.groupingBy(OutboxEntry::caseId, Collectors.counting())))
                .hasSize(CASES).allSatisfy((caseId, count) -> assertThat(count).isEqualTo((long) PER_CASE));
        assertThat(overdueEvents.stream().map(e -> e.caseId() + "@" + e.caseVersion()).distinct()).hasSize(
                overdueEvents.size());
        AuditTrail audit = first.getBean(AuditTrail.class);
        Map<UUID, Long> auditedPerCommitment = overdueEvents.stream().map(OutboxEntry::caseId).distinct()
                .flatMap(caseId -> audit.of(caseId).stream())
                .filter(e -> e.action() == AuditAction.COMMITMENT_OVERDUE)
                .collect(Collectors.groupingBy(OverdueTwoInstancesContract::commitmentOf, Collectors.counting()));
        assertThat(auditedPerCommitment).containsOnlyKeys(pastDue).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    }

    private ApplicationContext start() {
        Map<String, Object> properties = new HashMap<>(databaseProperties());
        properties.put("kafka.enabled", "false");
        properties.put("ledger.cases.outbox.relay.enabled", "false");
        properties.put("test.case-events", "recording");
        properties.put("ledger.commitments.overdue.initial-delay", "1h");
        // Small batches, so each pass reads several batches while the other instance changes them.
        properties.put("ledger.commitments.overdue.batch-size", "5");
        ApplicationContext context = ApplicationContext.builder(environments()).properties(properties).start();
        instances.add(context);
        return context;
    }

    private static List<UUID> seedPastDueCommitments(ApplicationContext context) {
        CaseOpening opening = context.getBean(CaseOpening.class);
        CaseService cases = context.getBean(CaseService.class);
        ResponseRecording recording = context.getBean(ResponseRecording.class);
        List<UUID> ids = new ArrayList<>();
        for (int c = 0; c < CASES; c++) {
            UUID caseId = opening.open(Reports.wageArrears("overdue-race")).caseId();
            cases.assign(caseId, UNIT, SUPERVISOR);
            List<RecordResponseRequest.CommitmentRequest> made = new ArrayList<>();
            for (int i = 0; i < PER_CASE; i++) {
                made.add(new RecordResponseRequest.CommitmentRequest("承诺 " + i, UNIT,
                        LocalDate.of(2025, 1, 10 + i), null));
            }
            CaseView view = recording.record(caseId, new RecordResponseRequest("限期支付", ResponseChannel.WECHAT, UNIT,
                    Instant.parse("2025-01-01T02:00:00Z"), null, made), OFFICER);
            view.responses().get(0).commitments().forEach(commitment -> ids.add(commitment.id()));
        }
        return ids;
    }

    /** Both instances' jobs start together; answers how many they marked between them. */
    private static int runAtOnce(OverdueCommitmentsJob one, OverdueCommitmentsJob other) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Function<OverdueCommitmentsJob, Future<Integer>> run = job -> pool.submit(() -> {
                start.await();
                return job.markOverdue();
            });
            Future<Integer> a = run.apply(one);
            Future<Integer> b = run.apply(other);
            start.countDown();
            return a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static UUID commitmentOf(AuditEntry entry) {
        return UUID.fromString(entry.detail().replaceAll(".*\"commitmentId\":\"([0-9a-f-]+)\".*", "$1"));
    }
}
