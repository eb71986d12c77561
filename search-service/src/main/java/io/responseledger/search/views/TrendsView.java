package io.responseledger.search.views;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.responseledger.search.index.LedgerZone;
import io.responseledger.search.query.SearchBackend;
import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts with date histograms over the case index: cases by their opening day, reports by the day they were
 * observed (nested report entries, so two reports of one case in one week count twice). Cases merged into
 * another are left out: their reports are counted on the case they were merged into.
 */
@Singleton
class TrendsView {

    static final int MAX_TOPIC_AREAS = 200;
    private static final String DAY = "yyyy-MM-dd";

    private final SearchBackend backend;

    TrendsView(SearchBackend backend) {
        this.backend = backend;
    }

    enum Interval {
        WEEK(CalendarInterval.Week), MONTH(CalendarInterval.Month);

        final CalendarInterval calendar;

        Interval(CalendarInterval calendar) {
            this.calendar = calendar;
        }

        LocalDate startOf(LocalDate day) {
            return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
        }

        LocalDate next(LocalDate start) {
            return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
        }
    }

    Trends trends(ViewParameters p, Interval interval) {
        String from = p.period().from().toString();
        String to = p.period().to().toString();
        Query reportsInPeriod = ViewParameters.range("reports.observedAt", p.period());
        Query openedInPeriod = ViewParameters.range("openedAt", p.period());
        Aggregation casesOverTime = histogram("openedAt", interval, from, to);
        Aggregation reportsOverTime = histogram("reports.observedAt", interval, from, to);

        SearchRequest request = new SearchRequest.Builder()
                .index(backend.indices().casesAlias())
                .size(0)
                .query(q -> q.bool(b -> {
                    b.mustNot(m -> m.term(t -> t.field("merged").value(true)));
                    b.filter(f -> f.bool(o -> o
                            .should(openedInPeriod)
                            .should(s -> s.nested(n -> n.path("reports").query(reportsInPeriod)))
                            .minimumShouldMatch("1")));
                    p.filters("units").forEach(b::filter);
                    return b;
                }))
                .aggregations("byTopicArea", a -> a
                        .terms(t -> t.field("topicArea").size(MAX_TOPIC_AREAS))
                        .aggregations("opened", o -> o
                                .filter(openedInPeriod)
                                .aggregations("overTime", casesOverTime))
                        .aggregations("reports", r -> r
                                .nested(n -> n.path("reports"))
                                .aggregations("observed", o -> o
                                        .filter(reportsInPeriod)
                                        .aggregations("overTime", reportsOverTime))))
                .build();
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = backend.search(request);

        List<String> periods = new ArrayList<>();
        for (LocalDate start = interval.startOf(p.period().from()); !start.isAfter(p.period().to());
             start = interval.next(start)) {
            periods.add(start.toString());
        }
        List<Trends.TopicArea> topicAreas = new ArrayList<>();
        for (StringTermsBucket topic : response.aggregations().get("byTopicArea").sterms().buckets().array()) {
            Aggregate opened = topic.aggregations().get("opened");
            Aggregate observed = topic.aggregations().get("reports").nested().aggregations().get("observed");
            Map<String, Long> cases = counts(opened.filter().aggregations().get("overTime"));
            Map<String, Long> reports = counts(observed.filter().aggregations().get("overTime"));
            List<Trends.Bucket> buckets = periods.stream()
                    .map(start -> new Trends.Bucket(start, reports.getOrDefault(start, 0L), cases.getOrDefault(start, 0L)))
                    .toList();
            topicAreas.add(new Trends.TopicArea(topic.key().stringValue(), observed.filter().docCount(),
                    opened.filter().docCount(), buckets));
        }
        return new Trends(interval.name(), from, to, periods, topicAreas);
    }

    private static Aggregation histogram(String field, Interval interval, String from, String to) {
        return Aggregation.of(a -> a.dateHistogram(h -> h
                .field(field)
                .calendarInterval(interval.calendar)
                .timeZone(LedgerZone.ZONE.getId())
                .format(DAY)
                .minDocCount(0)
                .extendedBounds(e -> e.min(FieldDateMath.of(m -> m.expr(from))).max(FieldDateMath.of(m -> m.expr(to))))));
    }

    private static Map<String, Long> counts(Aggregate histogram) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DateHistogramBucket bucket : histogram.dateHistogram().buckets().array()) {
            counts.put(bucket.keyAsString(), bucket.docCount());
        }
        return counts;
    }
}
