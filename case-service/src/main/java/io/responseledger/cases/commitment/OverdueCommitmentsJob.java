package io.responseledger.cases.commitment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.responseledger.cases.response.Commitment;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;

/**
 * Marks commitments overdue: OPEN or IN_PROGRESS past their due date, VERIFICATION_FAILED past their
 * rectification deadline. Safe with several instances running: each commitment is changed by a conditional update
 * under its case's row lock, which exactly one instance wins; the others find it changed and skip it. No
 * in-memory lock, no leader election.
 */
@Singleton
@Requires(property = "ledger.commitments.overdue.enabled", notEquals = "false")
public class OverdueCommitmentsJob {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueCommitmentsJob.class);

    private final CommitmentTrackingRepository tracking;
    private final CommitmentTracking commitments;
    private final int batchSize;

    OverdueCommitmentsJob(CommitmentTrackingRepository tracking, CommitmentTracking commitments,
                          @Value("${ledger.commitments.overdue.batch-size:200}") int batchSize) {
        this.tracking = tracking;
        this.commitments = commitments;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${ledger.commitments.overdue.interval:5m}",
            initialDelay = "${ledger.commitments.overdue.initial-delay:1m}")
    void scheduled() {
        try {
            markOverdue();
        } catch (RuntimeException e) {
            LOG.warn("Marking overdue commitments failed; will try again: {}", e.toString());
        }
    }

    /**
     * One full pass: batch after batch until none is past due (a batch that another instance took entirely
     * ends the pass too).
     *
     * @return how many this instance marked
     */
    public int markOverdue() {
        LocalDate today = commitments.today();
        int marked = 0;
        while (true) {
            List<Commitment> pastDue = tracking.findPastDue(today, batchSize);
            int markedNow = 0;
            for (Commitment commitment : pastDue) {
                if (commitments.markOverdue(commitment, today)) {
                    markedNow++;
                }
            }
            marked += markedNow;
            if (pastDue.size() < batchSize || markedNow == 0) {
                return marked;
            }
        }
    }
}
