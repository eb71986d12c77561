package io.responseledger.cases.report;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.casefile.CaseEvents;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseMerging;
import io.responseledger.cases.deadline.DeadlinePolicy;
import io.responseledger.cases.personal.ReportPersonalDataRepository;
import io.responseledger.contracts.ReportSubmitted;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Case opening whose database is unavailable for the first attempts at reports the test names. */
@Singleton
@Replaces(CaseOpening.class)
@Requires(property = "test.flaky-opening", value = "true")
class FlakyCaseOpening extends CaseOpening {

    private final Map<UUID, Integer> failuresLeft = new ConcurrentHashMap<>();
    private final Map<UUID, List<Instant>> attempts = new ConcurrentHashMap<>();

    FlakyCaseOpening(ReportRepository reports, CaseFileRepository cases, ReportPersonalDataRepository personalData,
                     CaseEvents events, CaseMerging merging, DeadlinePolicy deadlines, Clock clock) {
        super(reports, cases, personalData, events, merging, deadlines, clock);
    }

    void failFirst(UUID reportId, int times) {
        failuresLeft.put(reportId, times);
    }

    List<Instant> attemptsAt(UUID reportId) {
        return attempts.getOrDefault(reportId, List.of());
    }

    @Override
    @Transactional
    public Opened open(ReportSubmitted report) {
        attempts.computeIfAbsent(report.reportId(), id -> new CopyOnWriteArrayList<>()).add(Instant.now());
        if (failuresLeft.merge(report.reportId(), -1, Integer::sum) >= 0) {
            throw new DataAccessException("Connection is not available, request timed out after 30000ms");
        }
        return super.open(report);
    }
}
