package io.responseledger.cases.statistics;

import java.util.ArrayList;
import java.util.List;

/** The raw counts of one group, added up row by row, turned into figures at the end. */
final class GroupTally {

    private long cases;
    private long transfers;
    private long responsesJudged;
    private long responsesOnTime;
    private final List<Long> secondsToRespond = new ArrayList<>();
    private long commitments;
    private long keptOnTime;
    private long keptLate;
    private long overdue;
    private long failed;

    void addCase(long transferCount, Long secondsToFirstResponse) {
        cases++;
        transfers += transferCount;
        if (secondsToFirstResponse != null) {
            secondsToRespond.add(Math.max(0, secondsToFirstResponse));
        }
    }

    void addResponse(boolean onTime) {
        responsesJudged++;
        if (onTime) {
            responsesOnTime++;
        }
    }

    /** Withdrawn commitments are not counted as made: nothing was left to keep. */
    void addCommitment(String status, Boolean keptOnTimeFlag) {
        if ("WITHDRAWN".equals(status)) {
            return;
        }
        commitments++;
        switch (status) {
            case "VERIFIED" -> {
                if (Boolean.FALSE.equals(keptOnTimeFlag)) {
                    keptLate++;
                } else {
                    keptOnTime++;
                }
            }
            case "OVERDUE" -> overdue++;
            case "VERIFICATION_FAILED" -> failed++;
            default -> {
            }
        }
    }

    void addAll(GroupTally other) {
        cases += other.cases;
        transfers += other.transfers;
        responsesJudged += other.responsesJudged;
        responsesOnTime += other.responsesOnTime;
        secondsToRespond.addAll(other.secondsToRespond);
        commitments += other.commitments;
        keptOnTime += other.keptOnTime;
        keptLate += other.keptLate;
        overdue += other.overdue;
        failed += other.failed;
    }

    StatisticsView.Figures figures() {
        return new StatisticsView.Figures(
                Figure.count(cases, cases),
                Figure.rate(responsesOnTime, responsesJudged),
                medianHours(),
                Figure.count(commitments, commitments),
                Figure.count(keptOnTime, commitments),
                Figure.count(keptLate, commitments),
                Figure.count(overdue, commitments),
                Figure.count(failed, commitments),
                Figure.count(transfers, cases));
    }

    private Figure medianHours() {
        int n = secondsToRespond.size();
        if (n == 0) {
            return new Figure(null, 0);
        }
        List<Long> sorted = secondsToRespond.stream().sorted().toList();
        double seconds = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new Figure(Math.round(seconds / 360.0) / 10.0, n);
    }
}
