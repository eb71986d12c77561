package io.responseledger.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What the 12345 hotline platform says about a work order (工单) beyond its text. The caller's name and phone
 * travel in {@link PersonalData}, never here.
 *
 * @param workOrderNumber the hotline's work-order number (工单号); the same number is the same report
 * @param category        the hotline's own category for the message, as it sent it
 * @param receivedAt      when the hotline received the call or message
 * @param handlingDueAt   the hotline's handling time limit (办理时限) as an instant, if it gave one
 */
@Serdeable
public record HotlineOrder(
        String workOrderNumber,
        @Nullable String category,
        Instant receivedAt,
        @Nullable Instant handlingDueAt) {
}
