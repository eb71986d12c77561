package io.responseledger.cases.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.security.Caller;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Writes a case's audit trail, inside the transaction of what it records: a change and its entry are committed
 * together, and contact details are only returned once the entry recording their reveal is written.
 */
@Singleton
public class AuditTrail {

    private final AuditRepository entries;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(AuditRepository entries, ObjectMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param detail what the action concerned, written as JSON; never personal data
     * @param before the relevant state before a change, written as JSON; null for actions that change nothing
     * @param after  the same state after it
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public AuditEntry record(UUID caseId, Caller actor, AuditAction action, @Nullable Object detail,
                             @Nullable Object before, @Nullable Object after) {
        return entries.save(new AuditEntry(null, caseId, actor.subject(), actor.rolesText(), actor.unit(), action,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), toJson(detail), toJson(before), toJson(after)));
    }

    public List<AuditEntry> of(UUID caseId) {
        return entries.findByCaseIdOrderByIdAsc(caseId);
    }

    private String toJson(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write audit detail as JSON", e);
        }
    }
}
