package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The body of {@code POST /api/v1/reports/batch}. Items are kept as JSON trees and read one by one, so that an
 * item with a value of the wrong type is rejected on its own instead of failing the whole batch.
 */
@Serdeable
@Schema(name = "ReportBatchRequest", description = "批量上报：1 至 1000 条，每条与单条上报的请求体相同")
public record ReportBatchRequest(
        @ArraySchema(schema = @Schema(implementation = SubmitReportRequest.class), minItems = 1, maxItems = 1000)
        @Nullable List<JsonNode> reports) {
}
