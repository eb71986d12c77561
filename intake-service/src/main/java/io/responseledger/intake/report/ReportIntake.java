package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.intake.IntakeConfiguration;
import io.responseledger.intake.personaldata.PersonalDataProtector;
import io.responseledger.intake.topicarea.TopicAreas;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns a valid report from any channel into a {@link ReportSubmitted} on Kafka, with its personal data masked
 * in the text and kept apart, and only then calls it accepted.
 */
@Singleton
public class ReportIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ReportIntake.class);

    private final ReportPublisher publisher;
    private final Clock clock;
    private final IntakeConfiguration configuration;

    ReportIntake(ReportPublisher publisher, Clock clock, IntakeConfiguration configuration) {
        this.publisher = publisher;
        this.clock = clock;
        this.configuration = configuration;
    }

    /**
     * Publishes the report and waits for Kafka's acknowledgement.
     *
     * @throws ReportNotPublishedException when Kafka fails or does not answer in time
     */
    public ReportAccepted submit(ReportDraft draft, @Nullable String idempotencyKey) {
        UUID reportId = ReportIds.derive(draft.source(), draft.externalId(), idempotencyKey);
        String topicArea = draft.topicArea() != null ? draft.topicArea() : TopicAreas.DEFAULT_CODE;
        PersonalDataProtector.Protected text = PersonalDataProtector.protect(draft.title(), draft.body(),
                draft.reporterName(), draft.reporterPhone());
        ReportSubmitted event = new ReportSubmitted(reportId, draft.source(), draft.externalId(), text.title(),
                text.body(), topicArea, draft.url(), draft.occurredAt(), draft.observedAt(), clock.instant(),
                text.personalData());
        // Never log the event itself: title and body may hold what masking missed, personalData holds it all.
        try {
            RecordMetadata metadata = publisher.publish(reportId.toString(), event)
                    .get(configuration.getPublishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Report accepted: reportId={} source={} topicArea={} partition={} offset={}",
                    reportId, draft.source(), topicArea, metadata.partition(), metadata.offset());
            return new ReportAccepted(reportId, topicArea);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notPublished(reportId, e);
        } catch (ExecutionException e) {
            throw notPublished(reportId, e.getCause());
        } catch (TimeoutException e) {
            throw notPublished(reportId,
                    new TimeoutException("no acknowledgement within " + configuration.getPublishTimeout()));
        } catch (RuntimeException e) {
            throw notPublished(reportId, e);
        }
    }

    private static ReportNotPublishedException notPublished(UUID reportId, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // Kafka's own exceptions describe the failure without the record; wrappers around them may not.
        LOG.warn("Report not acknowledged by Kafka: reportId={} cause={}: {}",
                reportId, root.getClass().getName(), root.getMessage());
        return new ReportNotPublishedException(reportId, cause);
    }
}
