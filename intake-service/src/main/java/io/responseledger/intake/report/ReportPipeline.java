package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.Validator;
import io.responseledger.contracts.HotlineOrder;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.intake.IntakeConfiguration;
import io.responseledger.intake.metrics.IntakeMetrics;
import io.responseledger.intake.normalisation.TextNormaliser;
import io.responseledger.contracts.personaldata.PersonalDataProtector;
import io.responseledger.intake.topicarea.KnownTopicArea;
import io.responseledger.intake.topicarea.RoutedTopic;
import io.responseledger.intake.topicarea.TopicRouter;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way in for every report, whatever its channel (REST, batch, hotline webhook, hotline topic):
 * <ol>
 *   <li>the channel's wire format is checked against its own constraints;</li>
 *   <li>text is normalised ({@link TextNormaliser}: HTML stripped, NFKC, white space);</li>
 *   <li>the normalised report is validated (required text, length limits);</li>
 *   <li>personal data is masked in the text and kept apart ({@link PersonalDataProtector});</li>
 *   <li>the topic area is decided ({@link TopicRouter});</li>
 *   <li>the report id is derived ({@link ReportIds}), so the same report sent twice is one report;</li>
 *   <li>the {@link ReportSubmitted} is produced to Kafka, and the report counts as accepted only once Kafka has
 *       acknowledged it.</li>
 * </ol>
 */
@Singleton
public class ReportPipeline {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 20_000;
    static final int EXTERNAL_ID_MAX = 200;
    static final int URL_MAX = 2_000;
    static final int REGION_MAX = 100;
    static final int AUTHOR_HANDLE_MAX = 100;
    static final int CATEGORY_MAX = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ReportPipeline.class);

    private final ReportPublisher publisher;
    private final Clock clock;
    /** Read once: the configuration bean converts its text value on every call (one call per report). */
    private final Duration publishTimeout;
    private final Validator validator;
    private final TopicRouter topicRouter;
    private final IntakeMetrics metrics;

    ReportPipeline(ReportPublisher publisher, Clock clock, IntakeConfiguration configuration, Validator validator,
                   TopicRouter topicRouter, IntakeMetrics metrics) {
        this.publisher = publisher;
        this.clock = clock;
        this.publishTimeout = configuration.getPublishTimeout();
        this.validator = validator;
        this.topicRouter = topicRouter;
        this.metrics = metrics;
    }

    /**
     * Checks, normalises, masks and routes a report and publishes it, waiting for Kafka's acknowledgement.
     *
     * @throws ReportRejectedException   when the report is not acceptable; nothing was published
     * @throws ReportNotPublishedException when Kafka failed or did not answer in time; the sender must retry
     */
    public ReportAccepted submit(Channel channel, ReportSubmission submission, @Nullable String idempotencyKey) {
        ReportSubmitted event = prepare(channel, submission, idempotencyKey);
        return await(channel, event, send(event), deadline());
    }

    /**
     * As {@link #submit}, without a thread waiting for the acknowledgement: the future completes when Kafka has
     * acknowledged the report, or fails with {@link ReportNotPublishedException} when Kafka failed or did not
     * answer within {@code ledger.intake.publish-timeout}. The bookkeeping of an acknowledgement (a metric and
     * one log line) runs on the thread that completes it, the producer's.
     *
     * @throws ReportRejectedException when the report is not acceptable; nothing was published
     */
    public CompletableFuture<ReportAccepted> submitAsync(Channel channel, ReportSubmission submission,
                                                         @Nullable String idempotencyKey) {
        ReportSubmitted event = prepare(channel, submission, idempotencyKey);
        return send(event).orTimeout(publishTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((metadata, failure) -> {
                    if (failure == null) {
                        return acknowledged(channel, event, metadata);
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    throw notPublished(event.reportId(), cause instanceof TimeoutException
                            ? new TimeoutException("no acknowledgement within " + publishTimeout) : cause);
                });
    }

    /**
     * Steps 1 to 6: the event to publish, or the reasons it cannot be.
     *
     * @throws ReportRejectedException when the report is not acceptable
     */
    public ReportSubmitted prepare(Channel channel, ReportSubmission submission, @Nullable String idempotencyKey) {
        List<FieldError> errors = checkWireFormat(submission);
        if (!errors.isEmpty()) {
            throw rejected(channel, errors);
        }
        ReportDraft draft = submission.toDraft();
        String title = TextNormaliser.line(draft.title());
        String body = TextNormaliser.text(draft.body());
        String externalId = TextNormaliser.token(draft.externalId());
        String region = TextNormaliser.token(draft.region());
        String authorHandle = TextNormaliser.token(draft.authorHandle());
        String reporterName = TextNormaliser.token(draft.reporterName());
        String reporterPhone = TextNormaliser.token(draft.reporterPhone());
        HotlineOrder hotline = draft.hotline() == null ? null : new HotlineOrder(
                TextNormaliser.token(draft.hotline().workOrderNumber()),
                TextNormaliser.token(draft.hotline().category()),
                draft.hotline().receivedAt(), draft.hotline().handlingDueAt());
        if (title == null && hotline != null && body != null) {
            title = HotlineTitle.of(hotline.workOrderNumber(), hotline.category(),
                    PersonalDataProtector.mask(body, reporterName));
        }

        errors = new ArrayList<>();
        required(errors, draft, "title", title, draft.title());
        required(errors, draft, "body", body, draft.body());
        limit(errors, draft, "title", title, TITLE_MAX);
        limit(errors, draft, "body", body, BODY_MAX);
        limit(errors, draft, "externalId", externalId, EXTERNAL_ID_MAX);
        limit(errors, draft, "url", draft.url(), URL_MAX);
        limit(errors, draft, "region", region, REGION_MAX);
        limit(errors, draft, "authorHandle", authorHandle, AUTHOR_HANDLE_MAX);
        if (hotline != null) {
            limit(errors, draft, "category", hotline.category(), CATEGORY_MAX);
        }
        if (!errors.isEmpty()) {
            throw rejected(channel, errors);
        }

        PersonalDataProtector.Protected text = PersonalDataProtector.protect(title, body, reporterName, reporterPhone);
        RoutedTopic routed = topicRouter.route(draft.topicArea(), text.title(), text.body());
        UUID reportId = ReportIds.derive(draft.source(), externalId, idempotencyKey);
        return new ReportSubmitted(reportId, draft.source(), externalId, text.title(), text.body(),
                routed.topicArea(), draft.url(), draft.occurredAt(), draft.observedAt(), clock.instant(),
                text.personalData(), region, authorHandle, draft.engagement(), draft.severity(),
                routed.suggestion(), hotline);
    }

    /** Step 7 begins: hands the event to the producer; the future completes with Kafka's acknowledgement. */
    public CompletableFuture<RecordMetadata> send(ReportSubmitted event) {
        long start = System.nanoTime();
        CompletableFuture<RecordMetadata> sent;
        try {
            sent = publisher.publish(event.reportId().toString(), event);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((metadata, failure) ->
                metrics.produced(Duration.ofNanos(System.nanoTime() - start), failure == null));
    }

    /** When a request that sends now must have its acknowledgements: {@code ledger.intake.publish-timeout}. */
    public long deadline() {
        return System.nanoTime() + publishTimeout.toNanos();
    }

    /**
     * Waits until {@code deadlineNanos} for Kafka to acknowledge {@code event}.
     *
     * @throws ReportNotPublishedException when Kafka failed or did not answer in time
     */
    public ReportAccepted await(Channel channel, ReportSubmitted event, CompletableFuture<RecordMetadata> sent,
                                long deadlineNanos) {
        UUID reportId = event.reportId();
        try {
            long remaining = Math.max(0, deadlineNanos - System.nanoTime());
            RecordMetadata metadata = sent.get(remaining, TimeUnit.NANOSECONDS);
            return acknowledged(channel, event, metadata);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notPublished(reportId, e);
        } catch (ExecutionException e) {
            throw notPublished(reportId, e.getCause());
        } catch (TimeoutException e) {
            throw notPublished(reportId,
                    new TimeoutException("no acknowledgement within " + publishTimeout));
        } catch (RuntimeException e) {
            throw notPublished(reportId, e);
        }
    }

    private ReportAccepted acknowledged(Channel channel, ReportSubmitted event, RecordMetadata metadata) {
        metrics.accepted(channel.tag());
        // Never log the event itself: title and body may hold what masking missed, personalData holds it all.
        LOG.info("Report accepted: reportId={} channel={} source={} topicArea={} partition={} offset={}",
                event.reportId(), channel.tag(), event.source(), event.topicArea(), metadata.partition(),
                metadata.offset());
        return new ReportAccepted(event.reportId(), event.topicArea());
    }

    /** Counts a refusal that happened before the pipeline could read the report (malformed JSON, wrong types). */
    public void countRejected(Channel channel, String reason) {
        metrics.rejected(channel.tag(), reason);
    }

    private ReportRejectedException rejected(Channel channel, List<FieldError> errors) {
        List<FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::reason))
                .toList();
        metrics.rejected(channel.tag(), sorted.get(0).code());
        LOG.info("Report rejected: channel={} fields={}", channel.tag(),
                sorted.stream().map(e -> e.field() + ":" + e.code()).toList());
        return new ReportRejectedException(sorted);
    }

    private List<FieldError> checkWireFormat(ReportSubmission submission) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ReportSubmission> violation : validator.validate(submission)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage(), code(violation)));
        }
        return errors;
    }

    private static String code(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type;
        try {
            type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        } catch (RuntimeException e) {
            return "invalid";
        }
        if (type == NotNull.class || type == NotBlank.class) {
            return "missing";
        }
        if (type == Size.class) {
            return "too-long";
        }
        if (type == NotInFuture.class) {
            return "in-future";
        }
        if (type == KnownTopicArea.class) {
            return "unknown-topic-area";
        }
        return "invalid";
    }

    /** Present on the wire but empty once markup and white space are gone: as good as missing. */
    private static void required(List<FieldError> errors, ReportDraft draft, String field,
                                 @Nullable String normalised, @Nullable String original) {
        if (normalised == null && original != null) {
            errors.add(new FieldError(draft.wireName(field), "必填：去除 HTML 标签和空白后没有内容", "missing"));
        }
    }

    private static void limit(List<FieldError> errors, ReportDraft draft, String field, @Nullable String value,
                              int max) {
        if (value == null) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            errors.add(new FieldError(draft.wireName(field),
                    "不能超过 " + max + " 个字符（规范化后为 " + length + " 个字符）", "too-long"));
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
