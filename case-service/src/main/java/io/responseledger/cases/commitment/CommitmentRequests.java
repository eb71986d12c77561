package io.responseledger.cases.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.cases.response.VerificationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the commitment endpoints. Every change carries {@code expectedVersion}, the commitment's
 * {@code version} as the client read it: if it changed since, the answer is 409 and nothing happens.
 * Components are nullable on the wire so that validation names every missing field at once.
 */
final class CommitmentRequests {

    static final String LINK_PATTERN = "https?://\\S+";
    static final String LINK_MESSAGE = "必须是 http:// 或 https:// 开头的网址";

    private CommitmentRequests() {
    }

    /** {@code POST /api/v1/commitments/{id}/progress} */
    @Serdeable
    record Progress(
            @Nullable @NotNull(message = "必填：您读取到的承诺版本") Long expectedVersion,
            @Nullable @NotNull(message = "必填，0 到 100")
            @Min(value = 0, message = "不能小于 {value}") @Max(value = 100, message = "不能大于 {value}")
            Integer progressPercent,
            @Nullable @Size(max = 2000, message = "不能超过 {max} 个字符") String note,
            @Nullable @Size(max = 20, message = "一次最多 {max} 个链接")
            List<@NotNull(message = "不能为 null") @Size(max = 2000, message = "不能超过 {max} 个字符")
            @Pattern(regexp = LINK_PATTERN, message = LINK_MESSAGE) String> evidenceLinks) {

        Progress {
            note = strip(note);
            evidenceLinks = evidenceLinks == null ? List.of() : evidenceLinks;
        }
    }

    /** {@code POST /api/v1/commitments/{id}/claim}: fulfilled, in the owner unit's view. */
    @Serdeable
    record Claim(
            @Nullable @NotNull(message = "必填：您读取到的承诺版本") Long expectedVersion,
            @Nullable @Size(max = 2000, message = "不能超过 {max} 个字符") String note,
            @Nullable @Size(max = 20, message = "一次最多 {max} 个链接")
            List<@NotNull(message = "不能为 null") @Size(max = 2000, message = "不能超过 {max} 个字符")
            @Pattern(regexp = LINK_PATTERN, message = LINK_MESSAGE) String> evidenceLinks) {

        Claim {
            note = strip(note);
            evidenceLinks = evidenceLinks == null ? List.of() : evidenceLinks;
        }
    }

    /**
     * {@code POST /api/v1/commitments/{id}/verification}
     *
     * @param rectificationDueDate required when the outcome is FAILED, after today; not allowed when PASSED
     */
    @Serdeable
    record Verification(
            @Nullable @NotNull(message = "必填：您读取到的承诺版本") Long expectedVersion,
            @Nullable @NotNull(message = "必填，可选：DOCUMENT_CHECK, SITE_VISIT, CITIZEN_CALLBACK")
            VerificationMethod method,
            @Nullable @NotNull(message = "必填，可选：PASSED, FAILED") VerificationOutcome outcome,
            @Nullable @Size(max = 2000, message = "不能超过 {max} 个字符") String finding,
            @Nullable LocalDate rectificationDueDate) {

        Verification {
            finding = strip(finding);
        }
    }

    /** {@code POST /api/v1/commitments/{id}/withdrawal} */
    @Serdeable
    record Withdrawal(
            @Nullable @NotNull(message = "必填：您读取到的承诺版本") Long expectedVersion,
            @Nullable @NotBlank(message = "必填：撤销理由") @Size(max = 2000, message = "不能超过 {max} 个字符")
            String reason) {

        Withdrawal {
            reason = strip(reason);
        }
    }

    /** {@code POST /api/v1/commitments/{id}/reviews}: a look-back review (回头看) of one item. */
    @Serdeable
    record Review(
            @Nullable @NotBlank(message = "必填：核查发现") @Size(max = 2000, message = "不能超过 {max} 个字符")
            String finding,
            @Nullable @NotNull(message = "必填，可选：CONFIRMED, FOLLOW_UP_NEEDED, NOT_FULFILLED")
            ReviewConclusion conclusion) {

        Review {
            finding = strip(finding);
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
