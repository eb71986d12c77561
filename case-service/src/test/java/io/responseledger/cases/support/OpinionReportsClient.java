package io.responseledger.cases.support;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.responseledger.contracts.ReportSubmitted;
import io.responseledger.contracts.Topics;

/** Plays intake in integration tests: puts reports, well-formed or not, on the reports topic. */
@KafkaClient(id = "it-opinion-reports", acks = KafkaClient.Acknowledge.ALL)
public interface OpinionReportsClient {

    @Topic(Topics.OPINION_REPORTS)
    void send(@KafkaKey String key, ReportSubmitted report);

    @Topic(Topics.OPINION_REPORTS)
    void sendRaw(@KafkaKey String key, byte[] value);
}
