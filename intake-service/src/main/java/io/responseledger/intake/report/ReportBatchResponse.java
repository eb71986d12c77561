package io.responseledger.intake.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * The answer to a batch: how many items were accepted (acknowledged by Kafka) and rejected, and each item's
 * outcome in the order sent.
 */
@Serdeable
public record ReportBatchResponse(int accepted, int rejected, List<ItemResult> results) {

    public enum Status { ACCEPTED, REJECTED }

    /**
     * @param index    the item's position in {@code reports}, from 0
     * @param reportId for an accepted item: its report id (the same for the same report sent again)
     * @param errors   for a rejected item: every field at fault, named {@code reports[i].field}
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(int index, Status status, @Nullable UUID reportId, @Nullable List<ItemError> errors) {

        static ItemResult accepted(int index, UUID reportId) {
            return new ItemResult(index, Status.ACCEPTED, reportId, null);
        }

        static ItemResult rejected(int index, List<ItemError> errors) {
            return new ItemResult(index, Status.REJECTED, null, errors);
        }
    }

    /** One field at fault: the field as sent, and the reason in Chinese. */
    @Serdeable
    public record ItemError(String field, String reason) {
    }
}
