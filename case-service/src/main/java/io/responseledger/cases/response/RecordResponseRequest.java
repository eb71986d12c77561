package io.responseledger.cases.response;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/cases/{id}/responses}: an official response as published, with the
 * commitments it makes. Components are nullable on the wire so that every missing field is reported by
 * validation at once, by name, instead of failing deserialisation at the first.
 *
 * @param commitments may be empty: not every response promises something
 * @param visibility  PUBLIC (default) or INTERNAL
 */
@Serdeable
public record RecordResponseRequest(
        @Nullable @NotBlank(message = "必填") @Size(max = 20000, message = "不能超过 {max} 个字符") String text,
        @Nullable @NotNull(message = "必填，可选：PRESS_RELEASE, GOVERNMENT_WEBSITE, WEIBO, WECHAT, "
                + "HOTLINE_CALLBACK, PRESS_CONFERENCE, IN_PERSON") ResponseChannel channel,
        @Nullable @NotBlank(message = "必填") @Size(max = 200, message = "不能超过 {max} 个字符") String publishingUnit,
        @Nullable @NotNull(message = "必填") Instant publishedAt,
        @Nullable @Size(max = 2000, message = "不能超过 {max} 个字符")
        @Pattern(regexp = "https?://\\S+", message = "必须是 http:// 或 https:// 开头的网址") String url,
        @Nullable @Size(max = 50, message = "一次最多登记 {max} 项承诺")
        List<@NotNull(message = "不能为 null") @Valid CommitmentRequest> commitments,
        @Nullable ResponseVisibility visibility) {

    public RecordResponseRequest {
        visibility = visibility == null ? ResponseVisibility.PUBLIC : visibility;
        text = strip(text);
        publishingUnit = strip(publishingUnit);
        url = strip(url);
        commitments = commitments == null ? List.of() : commitments;
    }

    /** Without a visibility: public. */
    public RecordResponseRequest(String text, ResponseChannel channel, String publishingUnit, Instant publishedAt,
                                 @Nullable String url, @Nullable List<CommitmentRequest> commitments) {
        this(text, channel, publishingUnit, publishedAt, url, commitments, ResponseVisibility.PUBLIC);
    }

    /**
     * One commitment (承诺) made in the response.
     *
     * @param verificationMethod how fulfilment will be checked, if already decided
     * @param fulfilmentCheck    how fulfilment will be checked in the response's own words (e.g. 回访全部欠薪工人)
     */
    @Serdeable
    public record CommitmentRequest(
            @Nullable @NotBlank(message = "必填") @Size(max = 2000, message = "不能超过 {max} 个字符") String content,
            @Nullable @NotBlank(message = "必填") @Size(max = 200, message = "不能超过 {max} 个字符") String ownerUnit,
            @Nullable @NotNull(message = "必填，格式 yyyy-MM-dd") LocalDate dueDate,
            @Nullable VerificationMethod verificationMethod,
            @Nullable @Size(max = 2000, message = "不能超过 {max} 个字符") String fulfilmentCheck) {

        @Creator
        public CommitmentRequest {
            content = strip(content);
            ownerUnit = strip(ownerUnit);
            fulfilmentCheck = fulfilmentCheck == null || fulfilmentCheck.isBlank() ? null : fulfilmentCheck.strip();
        }

        public CommitmentRequest(String content, String ownerUnit, LocalDate dueDate,
                                 @Nullable VerificationMethod verificationMethod) {
            this(content, ownerUnit, dueDate, verificationMethod, null);
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
