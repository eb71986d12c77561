package io.responseledger.cases.casefile;

import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import io.responseledger.cases.commitment.CommitmentTracking;
import io.responseledger.cases.outbox.Outbox;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Announces a change of a case: writes the {@link CaseEvent}, with the whole case as it now stands, to the
 * outbox in the transaction that made the change, so the change and its event are committed together or not
 * at all.
 */
@Singleton
public class CaseEvents {

    private final CaseDossiers dossiers;
    private final Outbox outbox;
    // Looked up when needed: commitment tracking announces its own changes through this class.
    private final BeanProvider<CommitmentTracking> commitments;

    CaseEvents(CaseDossiers dossiers, Outbox outbox, BeanProvider<CommitmentTracking> commitments) {
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.commitments = commitments;
    }

    /**
     * Call once the changed case and every row the change added (report, response, commitments) are written.
     * Announcing REPORT_ATTACHED may flag commitments of the case, which raises its version again.
     *
     * @return the case as it now stands
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public CaseDossier announce(CaseFile changed, CaseEventType type) {
        CaseDossier dossier = dossiers.load(changed);
        outbox.append(new CaseEvent(UUID.randomUUID(), type, changed.id(), changed.version(), changed.updatedAt(),
                dossier.toSnapshot()));
        if (type == CaseEventType.REPORT_ATTACHED) {
            // Whichever path attaches a report: commitments of this case already claimed fulfilled or verified are
            // flagged for the supervisor, each with its own COMMITMENT_FLAGGED event after this one.
            commitments.get().flagOnNewReport(changed.id());
        }
        return dossier;
    }
}
