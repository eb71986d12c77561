package io.responseledger.cases.commitment;

import io.responseledger.cases.response.Commitment;
import io.responseledger.cases.response.CommitmentStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A changed copy of a commitment, one more version, built field by field. */
final class CommitmentChange {

    private final Commitment from;
    CommitmentStatus status;
    Integer progressPercent;
    Instant claimedAt;
    Instant verifiedAt;
    Boolean keptOnTime;
    int verificationFailures;
    LocalDate rectificationDueDate;
    boolean flagged;
    String withdrawalReason;

    private CommitmentChange(Commitment from) {
        this.from = from;
        status = from.status();
        progressPercent = from.progressPercent();
        claimedAt = from.claimedAt();
        verifiedAt = from.verifiedAt();
        keptOnTime = from.keptOnTime();
        verificationFailures = from.verificationFailures();
        rectificationDueDate = from.rectificationDueDate();
        flagged = from.flagged();
        withdrawalReason = from.withdrawalReason();
    }

    static CommitmentChange of(Commitment from) {
        return new CommitmentChange(from);
    }

    Commitment at(Instant now) {
        return new Commitment(from.id(), from.caseId(), from.responseId(), from.position(), from.content(),
                from.ownerUnit(), from.dueDate(), from.verificationMethod(), status, from.createdAt(),
                from.fulfilmentCheck(), progressPercent, claimedAt, verifiedAt, keptOnTime, verificationFailures,
                rectificationDueDate, flagged, withdrawalReason, from.version() + 1, now);
    }
}
