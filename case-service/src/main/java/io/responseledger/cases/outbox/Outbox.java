package io.responseledger.cases.outbox;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.config.DeserializationConfiguration;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.config.SerializationConfiguration;
import io.micronaut.serde.config.annotation.SerdeConfig;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.contracts.CaseEvent;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where case events are written, inside the transaction of the change they announce. Events are serialised with
 * every field present ({@code "leadUnit": null}, {@code "responses": []}): the contract's lists are never absent.
 */
@Singleton
public class Outbox {

    private final OutboxRepository entries;
    private final ObjectMapper json;
    private final Clock clock;

    Outbox(OutboxRepository entries, ObjectMapper json, SerdeConfiguration serde,
           SerializationConfiguration serialization, DeserializationConfiguration deserialization, Clock clock) {
        this.entries = entries;
        this.json = json.cloneWithConfiguration(serde, new EveryField(serialization), deserialization);
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void append(CaseEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise case event " + event.eventId(), e);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        entries.save(new OutboxEntry(null, event.eventId(), event.type().name(), event.caseId(), event.caseVersion(),
                payload, now, null));
    }

    /** The service's serialisation settings, except that no field is left out. */
    private record EveryField(SerializationConfiguration defaults) implements SerializationConfiguration {

        @Override
        public SerdeConfig.SerInclude getInclusion() {
            return SerdeConfig.SerInclude.ALWAYS;
        }

        @Override
        public boolean isAlwaysSerializeErrorsAsList() {
            return defaults.isAlwaysSerializeErrorsAsList();
        }

        @Override
        public boolean sortPropertiesAlphabetically() {
            return defaults.sortPropertiesAlphabetically();
        }
    }
}
