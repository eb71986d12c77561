package io.responseledger.intake.report;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for Kafka in tests of the HTTP contract: remembers every report it acknowledged, and can be told
 * to fail or never to answer, as a broker that is down or stalled would.
 */
@Singleton
@Replaces(ReportPublisher.class)
@Requires(env = RecordingReportPublisher.ENVIRONMENT)
public class RecordingReportPublisher implements ReportPublisher {

    public static final String ENVIRONMENT = "recording-publisher";

    public enum Behaviour { ACKNOWLEDGE, FAIL, NEVER_ANSWER }

    private final List<ReportSubmitted> acknowledged = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour = Behaviour.ACKNOWLEDGE;

    @Override
    public CompletableFuture<RecordMetadata> publish(String reportId, ReportSubmitted report) {
        return switch (behaviour) {
            case ACKNOWLEDGE -> {
                acknowledged.add(report);
                var partition = new TopicPartition(Topics.OPINION_REPORTS, 0);
                yield CompletableFuture.completedFuture(
                        new RecordMetadata(partition, acknowledged.size() - 1L, 0, 0L, 0, 0));
            }
            case FAIL -> CompletableFuture.failedFuture(
                    new TimeoutException("Topic " + Topics.OPINION_REPORTS + " not present in metadata after 5000 ms."));
            case NEVER_ANSWER -> new CompletableFuture<>();
        };
    }

    public List<ReportSubmitted> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public void reset() {
        acknowledged.clear();
        behaviour = Behaviour.ACKNOWLEDGE;
    }

    public void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }
}
