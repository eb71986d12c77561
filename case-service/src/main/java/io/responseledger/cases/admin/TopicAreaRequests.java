package io.responseledger.cases.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

import static io.responseledger.cases.admin.UnitRequests.CODE_MESSAGE;
import static io.responseledger.cases.admin.UnitRequests.CODE_PATTERN;

/** Web input and output of the topic-area administration. */
final class TopicAreaRequests {

    private TopicAreaRequests() {
    }

    /** {@code POST /api/v1/admin/topic-areas}; {@code active} defaults to true. */
    @Serdeable
    record CreateTopicArea(
            @Nullable @NotBlank(message = "必填") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @Nullable @NotBlank(message = "必填") @Size(max = 100, message = "不能超过 {max} 个字符") String name,
            @Nullable Boolean active) {

        CreateTopicArea {
            code = UnitRequests.strip(code);
            name = UnitRequests.strip(name);
        }
    }

    /** {@code PUT /api/v1/admin/topic-areas/{code}}; a given version must be the current one. */
    @Serdeable
    record UpdateTopicArea(
            @Nullable @NotBlank(message = "必填") @Size(max = 100, message = "不能超过 {max} 个字符") String name,
            @Nullable @NotNull(message = "必填") Boolean active,
            @Nullable Long version) {

        UpdateTopicArea {
            name = UnitRequests.strip(name);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TopicAreaView(String code, String name, boolean active, Instant createdAt, Instant updatedAt,
                         long version) {

        static TopicAreaView from(TopicArea area) {
            return new TopicAreaView(area.code(), area.name(), area.active(), area.createdAt(), area.updatedAt(),
                    area.version());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TopicAreaPage(List<TopicAreaView> items, int page, int size, long total) {
    }
}
