package io.responseledger.search.views;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.responseledger.search.problem.InvalidParameterException;
import io.responseledger.search.query.RequestParameters;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The period and the filters the leader views share: {@code from}/{@code to} (whole days, China Standard Time,
 * both included) and any of {@code topicArea}, {@code unit}, {@code region}.
 */
record ViewParameters(@Nullable RequestParameters.DayRange period, List<String> topicArea, List<String> unit,
                      List<String> region) {

    static final Set<String> FILTERS = Set.of("topicArea", "unit", "region");
    static final Set<String> PERIOD = Set.of("from", "to");

    /** A period longer than this is refused: ten years of weeks is already 520 buckets per topic. */
    static final long MAX_PERIOD_DAYS = 3_700;

    /**
     * @param defaultLength the period in days when {@code from} is absent ({@code to} defaults to today)
     */
    static ViewParameters read(RequestParameters p, LocalDate today, long defaultLength) {
        RequestParameters.DayRange given = p.dayRange("from", "to");
        LocalDate to = given.to() != null ? given.to() : today;
        LocalDate from = given.from() != null ? given.from() : to.minusDays(defaultLength - 1);
        if (from.isAfter(to)) {
            throw new InvalidParameterException("from", "from 不能晚于 to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new InvalidParameterException("from", "时间段不能超过 " + MAX_PERIOD_DAYS + " 天");
        }
        return new ViewParameters(new RequestParameters.DayRange(from, to),
                p.strings("topicArea"), p.strings("unit"), p.strings("region"));
    }

    /** Filters only, no period (the overdue list is as of today). */
    static ViewParameters filtersOnly(RequestParameters p) {
        return new ViewParameters(null, p.strings("topicArea"), p.strings("unit"), p.strings("region"));
    }

    /**
     * @param withPeriod whether {@code from} and {@code to} are accepted
     * @param extra      parameters the view accepts beyond the filters
     */
    static RequestParameters parameters(HttpParameters http, boolean withPeriod, String... extra) {
        Set<String> allowed = new HashSet<>(FILTERS);
        if (withPeriod) {
            allowed.addAll(PERIOD);
        }
        allowed.addAll(List.of(extra));
        return RequestParameters.of(http, allowed);
    }

    /** The filters as term queries; {@code unitField} is the unit that counts for this view. */
    List<Query> filters(String unitField) {
        List<Query> out = new ArrayList<>();
        terms(out, "topicArea", topicArea);
        terms(out, unitField, unit);
        terms(out, "region", region);
        return out;
    }

    static Query range(String field, RequestParameters.DayRange range) {
        return Query.of(q -> q.range(r -> r.date(d -> d
                .field(field)
                .gte(range.start().toString())
                .lt(range.endExclusive().toString()))));
    }

    private static void terms(List<Query> out, String field, @Nullable List<String> values) {
        if (values != null && !values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            out.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }
}
