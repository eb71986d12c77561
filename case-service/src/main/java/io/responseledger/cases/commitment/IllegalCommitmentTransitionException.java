package io.responseledger.cases.commitment;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.cases.response.CommitmentStatus;

import java.util.Set;
import java.util.UUID;

/** A change was asked of a commitment whose status does not allow it. Answered with 409. */
public class IllegalCommitmentTransitionException extends RuntimeException {

    @Nullable
    private final UUID commitmentId;
    private final CommitmentStatus currentStatus;
    private final CommitmentTransition transition;

    IllegalCommitmentTransitionException(CommitmentStatus currentStatus, CommitmentTransition transition) {
        this(null, currentStatus, transition);
    }

    IllegalCommitmentTransitionException(@Nullable UUID commitmentId, CommitmentStatus currentStatus,
                                         CommitmentTransition transition) {
        super("Commitment " + commitmentId + " is " + currentStatus + "; " + transition + " is allowed only from "
                + transition.allowedFrom());
        this.commitmentId = commitmentId;
        this.currentStatus = currentStatus;
        this.transition = transition;
    }

    /** The same refusal, naming the commitment. */
    IllegalCommitmentTransitionException of(UUID id) {
        return new IllegalCommitmentTransitionException(id, currentStatus, transition);
    }

    @Nullable
    public UUID commitmentId() {
        return commitmentId;
    }

    public CommitmentStatus currentStatus() {
        return currentStatus;
    }

    public CommitmentTransition transition() {
        return transition;
    }

    public Set<CommitmentStatus> allowedStatuses() {
        return transition.allowedFrom();
    }
}
