package io.responseledger.cases.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.contracts.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The bodies of the lifecycle endpoints (docs/case-lifecycle.md). Components are nullable on the wire so that
 * every missing field is reported by validation at once, by name.
 */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    /** {@code POST /api/v1/cases/{id}/transfers} */
    @Serdeable
    record TransferRequest(
            @Nullable @NotBlank(message = "必填") @Size(max = 200, message = "不能超过 {max} 个字符") String toUnit,
            @Nullable @NotBlank(message = "必填") @Size(max = 2000, message = "不能超过 {max} 个字符") String reason) {

        TransferRequest {
            toUnit = strip(toUnit);
            reason = strip(reason);
        }
    }

    /** {@code POST /api/v1/cases/{id}/transfer-acceptance}; the body is optional. */
    @Serdeable
    record AcceptanceRequest(
            @Nullable @Size(max = 200, message = "不能超过 {max} 个字符") String assignee) {
    }

    /** {@code POST /api/v1/cases/{id}/rejection} */
    @Serdeable
    record RejectionRequest(
            @Nullable @NotBlank(message = "必填") @Size(max = 2000, message = "不能超过 {max} 个字符") String reason,
            @Nullable @NotBlank(message = "必填：应由哪个机关或单位受理")
            @Size(max = 200, message = "不能超过 {max} 个字符") String referredTo) {

        RejectionRequest {
            reason = strip(reason);
            referredTo = strip(referredTo);
        }
    }

    /** {@code POST /api/v1/cases/{id}/reopening} and {@code /pause}: why. */
    @Serdeable
    record ReasonRequest(
            @Nullable @NotBlank(message = "必填") @Size(max = 2000, message = "不能超过 {max} 个字符") String reason) {

        ReasonRequest {
            reason = strip(reason);
        }
    }

    /** {@code POST /api/v1/cases/{id}/closure} and extension decisions: an optional note. */
    @Serdeable
    record NoteRequest(@Nullable @Size(max = 2000, message = "不能超过 {max} 个字符") String note) {

        NoteRequest {
            note = strip(note);
        }
    }

    /** {@code POST /api/v1/cases/{id}/extensions} */
    @Serdeable
    record ExtensionRequest(
            @Nullable @NotNull(message = "必填，ISO-8601 时间，例如 2026-12-01T10:00:00+08:00") Instant requestedDueAt,
            @Nullable @NotBlank(message = "必填") @Size(max = 2000, message = "不能超过 {max} 个字符") String reason) {

        ExtensionRequest {
            reason = strip(reason);
        }
    }

    /** {@code PUT /api/v1/cases/{id}/details}: the editable details, all at once. */
    @Serdeable
    record DetailsRequest(
            @Nullable @NotBlank(message = "必填") @Size(max = 64, message = "不能超过 {max} 个字符") String topicArea,
            @Nullable @Size(max = 200, message = "不能超过 {max} 个字符") String region,
            @Nullable @NotNull(message = "必填，可选：GENERAL, LARGE, MAJOR, EXTRAORDINARY") Severity severity,
            @Nullable @Size(max = 20, message = "最多 {max} 个协办单位")
            List<@NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过 {max} 个字符") String> coUnits) {

        DetailsRequest {
            topicArea = strip(topicArea);
            region = strip(region);
            if (region != null && region.isEmpty()) {
                region = null;
            }
            coUnits = coUnits == null ? List.of()
                    : coUnits.stream().map(u -> u == null ? null : u.strip()).distinct().toList();
        }
    }

    /** {@code POST /api/v1/cases/{id}/reports} */
    @Serdeable
    record AttachReportRequest(@Nullable @NotNull(message = "必填") UUID reportId) {
    }

    /** {@code POST /api/v1/cases/{id}/merges}: the case merged into this one. */
    @Serdeable
    record MergeRequest(@Nullable @NotNull(message = "必填") UUID mergedCaseId) {
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
