package io.responseledger.cases.deadline;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks for overdue cases every minute (configurable) on every instance; see {@link OverdueMarking}. */
@Singleton
@Requires(property = "ledger.cases.overdue.enabled", notEquals = "false")
class OverdueJob {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueJob.class);

    private final OverdueMarking marking;

    OverdueJob(OverdueMarking marking) {
        this.marking = marking;
    }

    @Scheduled(fixedDelay = "${ledger.cases.overdue.interval:1m}",
            initialDelay = "${ledger.cases.overdue.initial-delay:30s}")
    void markOverdueCases() {
        try {
            marking.markOverdueCases();
        } catch (RuntimeException e) {
            LOG.warn("Looking for overdue cases failed; will try again: {}", e.toString());
        }
    }
}
