package io.responseledger.cases.commitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.cases.response.Commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the audit trail keeps of a commitment before and after a change: its tracked state, never its notes,
 * reasons or file names (free text that may hold personal data).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TrackedState(UUID commitmentId, String status, @Nullable Integer progressPercent, @Nullable Instant claimedAt,
                    @Nullable Instant verifiedAt, @Nullable Boolean keptOnTime, int verificationFailures,
                    @Nullable LocalDate rectificationDueDate, boolean flagged, long version) {

    static TrackedState of(Commitment c) {
        return new TrackedState(c.id(), c.status().name(), c.progressPercent(), c.claimedAt(), c.verifiedAt(),
                c.keptOnTime(), c.verificationFailures(), c.rectificationDueDate(), c.flagged(), c.version());
    }
}
