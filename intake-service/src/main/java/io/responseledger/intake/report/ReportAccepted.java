package io.responseledger.intake.report;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** The answer to an accepted report: Kafka holds it, and the case service will pick it up under this id. */
@Serdeable
public record ReportAccepted(UUID reportId, String topicArea) {
}
