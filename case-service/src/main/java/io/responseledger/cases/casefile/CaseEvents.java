package io.responseledger.cases.casefile;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
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

    CaseEvents(CaseDossiers dossiers, Outbox outbox) {
        this.dossiers = dossiers;
        this.outbox = outbox;
    }

    /**
     * Call once the changed case and every row the change added (report, response, commitments) are written.
     *
     * @return the case as it now stands
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public CaseDossier announce(CaseFile changed, CaseEventType type) {
        CaseDossier dossier = dossiers.load(changed);
        outbox.append(new CaseEvent(UUID.randomUUID(), type, changed.id(), changed.version(), changed.updatedAt(),
                dossier.toSnapshot()));
        return dossier;
    }
}
