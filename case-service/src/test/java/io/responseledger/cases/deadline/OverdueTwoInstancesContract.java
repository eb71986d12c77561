package io.responseledger.cases.deadline;

import io.micronaut.context.ApplicationContext;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditEntry;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseLifecycle;
import io.responseledger.cases.casefile.CaseService;
import io.responseledger.cases.outbox.OutboxEntry;
import io.responseledger.cases.outbox.OutboxRepository;
import io.responseledger.cases.report.CaseOpening;
import io.responseledger.cases.response.RecordResponseRequest;
import io.responseledger.cases.response.ResponseChannel;
import io.responseledger.cases.response.ResponseRecording;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import io.responseledger.cases.support.MutableClock;
import io.responseledger.cases.support.Reports;
import io.responseledger.contracts.CaseEventType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue job with two service instances (two application contexts) on one database, started at the same
 * moment over the same overdue cases: every overdue case is marked once, with exactly one CASE_OVERDUE event and
 * one audit entry, and cases that were answered or are paused are left alone.
 */
abstract class OverdueTwoInstancesContract {

    private static final int OVERDUE_CASES = 24;
    private static final Caller SUPERVISOR = Caller.of("test-supervisor", List.of(Roles.SUPERVISOR), null);
    private static final Caller OFFICER = Caller.of("test-officer", List.of(Roles.OFFICER), "区人社局");

    /** Where the one database both instances share is; called once per test. */
    protected abstract Map<String, String> databaseProperties();

    protected String[] environments() {
        return new String[] {"test"};
    }

    @Test
    void twoInstancesRacingMarkEachOverdueCaseOnceWithOneEvent() throws Exception {
        Map<String, Object> properties = new HashMap<>(databaseProperties());
        properties.put("kafka.enabled", "false");
        properties.put("ledger.cases.outbox.relay.enabled", "false");
        properties.put("test.case-events", "recording");
        properties.put("test.clock", "mutable");
        try (ApplicationContext one = ApplicationContext.run(properties, environments());
             ApplicationContext two = ApplicationContext.run(properties, environments())) {
            List<UUID> overdue = new ArrayList<>();
            CaseOpening opening = one.getBean(CaseOpening.class);
            for (int i = 0; i < OVERDUE_CASES; i++) {
                overdue.add(opening.open(Reports.wageArrears("overdue-" + i)).caseId());
            }
            UUID answered = opening.open(Reports.wageArrears("answered")).caseId();
            one.getBean(CaseService.class).assign(answered, "区人社局", SUPERVISOR);
            one.getBean(ResponseRecording.class).record(answered, new RecordResponseRequest("已回应",
                    ResponseChannel.GOVERNMENT_WEBSITE, "区人社局", one.getBean(MutableClock.class).instant(), null,
                    List.of()), OFFICER);
            UUID paused = opening.open(Reports.wageArrears("paused")).caseId();
            one.getBean(CaseService.class).assign(paused, "区人社局", SUPERVISOR);
            one.getBean(CaseLifecycle.class).pause(paused, "等待群众补充材料", null, OFFICER);

            // Ten days later on both instances' clocks: every 48-working-hour deadline has passed.
            one.getBean(MutableClock.class).advance(Duration.ofDays(10));
            two.getBean(MutableClock.class).advance(Duration.ofDays(10));
            List<Integer> marked = race(one.getBean(OverdueMarking.class), two.getBean(OverdueMarking.class));

            assertThat(marked.stream().mapToInt(Integer::intValue).sum()).isEqualTo(OVERDUE_CASES);
            Map<UUID, Long> overdueEvents = one.getBean(OutboxRepository.class).findAll().stream()
                    .filter(e -> e.eventType().equals(CaseEventType.CASE_OVERDUE.name()))
                    .collect(Collectors.groupingBy(OutboxEntry::caseId, Collectors.counting()));
            assertThat(overdueEvents).hasSize(OVERDUE_CASES).allSatisfy((caseId, count) -> assertThat(count)
                    .as("CASE_OVERDUE events of case %s", caseId).isEqualTo(1));
            assertThat(overdueEvents.keySet()).containsExactlyInAnyOrderElementsOf(overdue);
            CaseFileRepository cases = two.getBean(CaseFileRepository.class);
            assertThat(overdue).allSatisfy(id -> {
                CaseFile c = cases.findById(id).orElseThrow();
                assertThat(c.overdue()).isTrue();
                assertThat(c.version()).isEqualTo(2);
            });
            assertThat(cases.findById(answered).orElseThrow().overdue()).isFalse();
            assertThat(cases.findById(paused).orElseThrow().overdue()).isFalse();
            AuditTrail audit = one.getBean(AuditTrail.class);
            assertThat(audit.of(overdue.get(0))).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.CASE_OVERDUE);

            // Running again finds nothing left to mark.
            assertThat(one.getBean(OverdueMarking.class).markOverdueCases()).isZero();
        }
    }

    /** Both instances look for overdue cases at the same moment, three times each. */
    private static List<Integer> race(OverdueMarking... instances) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances.length);
        try {
            Function<OverdueMarking, Callable<Integer>> runs = marking -> () -> {
                start.await();
                int marked = 0;
                for (int i = 0; i < 3; i++) {
                    marked += marking.markOverdueCases();
                }
                return marked;
            };
            List<Future<Integer>> results = new ArrayList<>();
            for (OverdueMarking instance : instances) {
                results.add(pool.submit(runs.apply(instance)));
            }
            start.countDown();
            List<Integer> marked = new ArrayList<>();
            for (Future<Integer> result : results) {
                marked.add(result.get(60, TimeUnit.SECONDS));
            }
            return marked;
        } finally {
            pool.shutdownNow();
        }
    }
}
