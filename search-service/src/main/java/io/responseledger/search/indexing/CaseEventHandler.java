package io.responseledger.search.indexing;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.search.metrics.IndexingMetrics;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one record of the case-event topic: decode, index, or park it on the dead-letter topic. Returns
 * normally only when the record is dealt with for good, so the caller may commit its offset; throws
 * {@link TransientIndexingException} when it must be tried again.
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
     * @param source where the record came from ({@code topic-partition@offset}), for logs and the dead letter
     */
    void handle(@Nullable String key, @Nullable byte[] value, String source) {
        CaseEvent event;
        try {
            event = decoder.decode(value);
        } catch (InvalidCaseEventException e) {
            deadLetter(key, value, source, e.getMessage());
            return;
        }
        if (SearchDocuments.holdsUnmaskedPersonalData(event.snapshot())) {
            // Upstream masking missed something; the documents are masked anyway. Never log the text itself.
            LOG.warn("Case {} version {} from {} holds unmasked personal data in its text; masked before indexing",
                    event.caseId(), event.caseVersion(), source);
        }
        try {
            CaseIndex.WriteOutcome outcome = index.write(event);
            metrics.indexed(event.occurredAt(), outcome.written() > 0);
            LOG.debug("Indexed case {} version {} from {}: {} written, {} stale",
                    event.caseId(), event.caseVersion(), source, outcome.written(), outcome.stale());
        } catch (InvalidCaseEventException e) {
            deadLetter(key, value, source, e.getMessage());
        } catch (TransientIndexingException e) {
            LOG.warn("Case {} version {} from {} not indexed yet, will retry: {}",
                    event.caseId(), event.caseVersion(), source, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            // Unforeseen, so not known to pass by itself: parked rather than retried for ever or dropped.
            deadLetter(key, value, source, "indexing failed: " + e.getClass().getSimpleName());
        }
    }

    private void deadLetter(@Nullable String key, @Nullable byte[] value, String source, String reason) {
        try {
            deadLetters.send(key, value, reason, source);
        } catch (RuntimeException e) {
            throw new TransientIndexingException("Could not dead-letter " + source + ": " + e.getMessage(), e);
        }
        metrics.deadLettered();
        // The payload stays out of the log: it can hold personal data.
        LOG.warn("Dead-lettered case event {} (key {}): {}", source, key, reason);
    }
}
