package io.responseledger.search.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.responseledger.search.index.LedgerZone;
import io.responseledger.search.problem.InvalidParameterException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads query parameters by hand, so that every bad value (and every parameter the endpoint does not know) is
 * answered with a 400 problem naming it, in the same words, whichever endpoint it reaches.
 */
public final class RequestParameters {

    static final int MAX_VALUE_LENGTH = 100;
    static final int MAX_VALUES = 20;

    private final HttpParameters parameters;

    private RequestParameters(HttpParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * @throws InvalidParameterException naming the first parameter not in {@code allowed}: a misspelt filter
     *                                   must not silently widen the result
     */
    public static RequestParameters of(HttpParameters parameters, Set<String> allowed) {
        // Of several unknown names the first in sorted order, so the same one is named whatever order they came in;
        // one pass, no sorting of a good request's names.
        Optional<String> unknown = parameters.names().stream().filter(name -> !allowed.contains(name))
                .min(Comparator.naturalOrder());
        if (unknown.isPresent()) {
            String name = truncate(unknown.get());
            throw new InvalidParameterException(name,
                    "未知参数：" + name + "（可用参数：" + String.join("、", new TreeSet<>(allowed)) + "）");
        }
        return new RequestParameters(parameters);
    }

    /** A single value, at most {@code maxLength} characters; null when absent. */
    public @Nullable String string(String name, int maxLength) {
        List<String> values = parameters.getAll(name);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidParameterException(name, name + " 只能出现一次");
        }
        String value = values.get(0);
        if (value.length() > maxLength) {
            throw new InvalidParameterException(name, name + " 不能超过 " + maxLength + " 个字符");
        }
        return value;
    }

    /** Values given repeatedly ({@code unit=a&unit=b}) or comma-separated; blanks dropped. */
    public List<String> strings(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : parameters.getAll(name)) {
            for (String value : raw.split(",")) {
                String trimmed = value.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.length() > MAX_VALUE_LENGTH) {
                    throw new InvalidParameterException(name, name + " 的每个取值不能超过 " + MAX_VALUE_LENGTH + " 个字符");
                }
                out.add(trimmed);
            }
        }
        if (out.size() > MAX_VALUES) {
            throw new InvalidParameterException(name, name + " 最多 " + MAX_VALUES + " 个取值");
        }
        return new ArrayList<>(out);
    }

    /** Like {@link #strings}, each value one of {@code allowed} (case-insensitive, returned upper-case). */
    public List<String> enumerated(String name, Set<String> allowed) {
        List<String> out = new ArrayList<>();
        for (String value : strings(name)) {
            String upper = value.toUpperCase(java.util.Locale.ROOT);
            if (!allowed.contains(upper)) {
                throw new InvalidParameterException(name,
                        name + " 的取值必须是 " + String.join("、", new TreeSet<>(allowed)) + " 之一");
            }
            out.add(upper);
        }
        return out;
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String value = string(name, 12);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " 必须是整数");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidParameterException(name, name + " 必须在 " + min + " 到 " + max + " 之间");
        }
        return parsed;
    }

    /** A calendar day {@code yyyy-MM-dd} (China Standard Time); null when absent. */
    public @Nullable LocalDate date(String name) {
        String value = string(name, 10);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                throw new InvalidParameterException(name, name + " 的年份必须在 1900 到 2999 之间");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " 必须是 yyyy-MM-dd 格式的日期，例如 2024-03-01");
        }
    }

    /** {@code true} or {@code false}; null when absent. */
    public @Nullable Boolean bool(String name) {
        String value = string(name, 5);
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidParameterException(name, name + " 必须是 true 或 false");
        };
    }

    public @Nullable UUID uuid(String name) {
        String value = string(name, 36);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, name + " 必须是 UUID");
        }
    }

    /** Both ends of a day range, checked together: {@code from} must not be after {@code to}. */
    public DayRange dayRange(String fromName, String toName) {
        LocalDate from = date(fromName);
        LocalDate to = date(toName);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException(fromName, fromName + " 不能晚于 " + toName);
        }
        return new DayRange(from, to);
    }

    /**
     * Whole days in China Standard Time, both ends included; either end may be open.
     */
    public record DayRange(@Nullable LocalDate from, @Nullable LocalDate to) {

        public boolean isOpen() {
            return from == null && to == null;
        }

        /** The first instant of {@code from}. */
        public @Nullable Instant start() {
            return from == null ? null : from.atStartOfDay(LedgerZone.ZONE).toInstant();
        }

        /** The first instant after {@code to}. */
        public @Nullable Instant endExclusive() {
            return to == null ? null : to.plusDays(1).atStartOfDay(LedgerZone.ZONE).toInstant();
        }
    }

    private static String truncate(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
