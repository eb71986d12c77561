package io.responseledger.cases.deadline;

import io.micronaut.context.annotation.Value;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Finds the cases whose response deadline has passed without a response and marks each overdue, announcing it
 * with CASE_OVERDUE. Safe with any number of instances doing the same at the same time: each case is marked by a
 * conditional UPDATE ({@code ... WHERE overdue = FALSE}) that only one transaction can win, and only the winner
 * writes the event. No lock is held in memory.
 */
@Singleton
public class OverdueMarking {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueMarking.class);

    private final CaseFileRepository cases;
    private final OverdueMarker marker;
    private final Clock clock;
    private final int batchSize;

    OverdueMarking(CaseFileRepository cases, OverdueMarker marker, Clock clock,
                   @Value("${ledger.cases.overdue.batch-size:200}") int batchSize) {
        this.cases = cases;
        this.marker = marker;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** @return how many cases this call marked (others may have been marked by another instance meanwhile) */
    public int markOverdueCases() {
        int marked = 0;
        List<CaseFile> candidates;
        do {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            candidates = cases.findOverdueCandidates(now, batchSize);
            int markedInBatch = 0;
            for (CaseFile candidate : candidates) {
                try {
                    if (marker.markOne(candidate.id(), now)) {
                        markedInBatch++;
                    }
                } catch (RuntimeException e) {
                    // Typically a lock timeout while another instance marks the same case: it is that one's now.
                    LOG.warn("Could not mark case {} overdue; will look again next run: {}", candidate.id(),
                            e.toString());
                }
            }
            marked += markedInBatch;
            // A full batch that this instance could not mark was marked by others; the next query skips them.
            if (markedInBatch == 0) {
                break;
            }
        } while (candidates.size() == batchSize);
        if (marked > 0) {
            LOG.info("Marked {} cases overdue", marked);
        }
        return marked;
    }
}
