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

/** Web input and output of the unit administration. */
final class UnitRequests {

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    static final String CODE_MESSAGE = "必须由字母、数字、- 或 _ 组成，以字母或数字开头，最长 64 个字符";

    private UnitRequests() {
    }

    /** {@code POST /api/v1/admin/units}; {@code active} defaults to true. */
    @Serdeable
    record CreateUnit(
            @Nullable @NotBlank(message = "必填") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @Nullable @NotBlank(message = "必填") @Size(max = 200, message = "不能超过 {max} 个字符") String name,
            @Nullable @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String parentCode,
            @Nullable @Size(max = 100, message = "不能超过 {max} 个字符") String region,
            @Nullable Boolean active) {

        CreateUnit {
            code = strip(code);
            name = strip(name);
            parentCode = blankToNull(parentCode);
            region = blankToNull(region);
        }
    }

    /**
     * {@code PUT /api/v1/admin/units/{code}}: the unit as it shall be.
     *
     * @param version when given, the version the client read; a different current version is a 409
     */
    @Serdeable
    record UpdateUnit(
            @Nullable @NotBlank(message = "必填") @Size(max = 200, message = "不能超过 {max} 个字符") String name,
            @Nullable @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String parentCode,
            @Nullable @Size(max = 100, message = "不能超过 {max} 个字符") String region,
            @Nullable @NotNull(message = "必填") Boolean active,
            @Nullable Long version) {

        UpdateUnit {
            name = strip(name);
            parentCode = blankToNull(parentCode);
            region = blankToNull(region);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UnitView(String code, String name, @Nullable String parentCode, @Nullable String region, boolean active,
                    Instant createdAt, Instant updatedAt, long version) {

        static UnitView from(OrgUnit unit) {
            return new UnitView(unit.code(), unit.name(), unit.parentCode(), unit.region(), unit.active(),
                    unit.createdAt(), unit.updatedAt(), unit.version());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UnitPage(List<UnitView> items, int page, int size, long total) {
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
