package io.responseledger.search.indexing;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.search.metrics.IndexingMetrics;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Handles one poll of the case-event topic: decode every record, index the events in one batch, and park on
 * the dead-letter topic each record that is not an event or whose documents the index refuses. Returns
 * normally only when every record is dealt with for good, so the caller may commit the offsets; throws
 * {@link TransientIndexingException} when the whole poll must be tried again.
 *
 * <p>The index is written before anything is dead-lettered: while Elasticsearch is down the poll is retried
 * every few seconds, and a poison record in it must not be parked again on every attempt.
 */
@Singleton
class CaseEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CaseEventHandler.class);

    private final CaseEventDecoder decoder;
    private final CaseIndex index;
    private final DeadLetterClient deadLetters;
    private final IndexingMetrics metrics;

    CaseEventHandler(CaseEventDecoder decoder, CaseIndex index, DeadLetterClient deadLetters, IndexingMetrics metrics) {
        this.decoder = decoder;
        this.index = index;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /**
     * One record as it came from the topic.
     *
     * @param source where it came from ({@code topic-partition@offset}), for logs and the dead letter
     */
    record CaseEventRecord(@Nullable String key, @Nullable byte[] value, String source) {
    }

    void handle(List<CaseEventRecord> records) {
        List<Decoded> decoded = new ArrayList<>(records.size());
        List<Parked> parked = new ArrayList<>();
        for (int position = 0; position < records.size(); position++) {
            CaseEventRecord record = records.get(position);
            try {
                CaseEvent event = decoder.decode(record.value());
                warnIfUnmasked(event, record);
                decoded.add(new Decoded(position, record, event));
            } catch (InvalidCaseEventException e) {
                parked.add(new Parked(position, record, e.getMessage()));
            }
        }
        if (!decoded.isEmpty()) {
            List<CaseIndex.Outcome> outcomes;
            try {
                outcomes = index.write(decoded.stream().map(Decoded::event).toList());
            } catch (TransientIndexingException e) {
                LOG.warn("{} case events from {} to {} not indexed yet, will retry: {}", decoded.size(),
                        decoded.get(0).record().source(), decoded.get(decoded.size() - 1).record().source(),
                        e.getMessage());
                throw e;
            }
            for (int i = 0; i < decoded.size(); i++) {
                Decoded d = decoded.get(i);
                CaseIndex.Outcome outcome = outcomes.get(i);
                if (outcome.result() == CaseIndex.Result.REFUSED) {
                    parked.add(new Parked(d.position(), d.record(), outcome.reason()));
                } else {
                    metrics.indexed(d.event().occurredAt(), outcome.result() == CaseIndex.Result.WRITTEN);
                    LOG.debug("Case {} version {} from {}: {}, {} documents written, {} stale", d.event().caseId(),
                            d.event().caseVersion(), d.record().source(), outcome.result(),
                            outcome.documentsWritten(), outcome.documentsStale());
                }
            }
        }
        parked.sort(Comparator.comparingInt(Parked::position));
        for (Parked p : parked) {
            deadLetter(p.record(), p.reason());
        }
    }

    private record Decoded(int position, CaseEventRecord record, CaseEvent event) {
    }

    private record Parked(int position, CaseEventRecord record, String reason) {
    }

    private static void warnIfUnmasked(CaseEvent event, CaseEventRecord record) {
        if (SearchDocuments.holdsUnmaskedPersonalData(event.snapshot())) {
            // Upstream masking missed something; the documents are masked anyway. Never log the text itself.
            LOG.warn("Case {} version {} from {} holds unmasked personal data in its text; masked before indexing",
                    event.caseId(), event.caseVersion(), record.source());
        }
    }

    private void deadLetter(CaseEventRecord record, String reason) {
        try {
            deadLetters.send(record.key(), record.value(), reason, record.source());
        } catch (RuntimeException e) {
            throw new TransientIndexingException("Could not dead-letter " + record.source() + ": " + e.getMessage(), e);
        }
        metrics.deadLettered();
        // The payload stays out of the log: it can hold personal data.
        LOG.warn("Dead-lettered case event {} (key {}): {}", record.source(), record.key(), reason);
    }
}
