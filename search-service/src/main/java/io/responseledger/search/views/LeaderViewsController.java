package io.responseledger.search.views;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.responseledger.search.index.LedgerZone;
import io.responseledger.search.problem.InvalidParameterException;
import io.responseledger.search.query.RequestParameters;
import io.responseledger.search.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** The leaders' views (docs/search.md, "Leader views"): JSON a console draws as tables and charts. */
@Controller("/api/v1/views")
@Secured({Roles.SUPERVISOR, Roles.LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
class LeaderViewsController {

    static final int MAX_OVERDUE = 500;
    static final int MAX_PRECEDENTS = 20;
    static final int MAX_TEXT_LENGTH = 2_000;

    private final FulfilmentView fulfilment;
    private final OverdueView overdue;
    private final TrendsView trends;
    private final PrecedentsView precedents;
    private final Clock clock = Clock.systemUTC();

    LeaderViewsController(FulfilmentView fulfilment, OverdueView overdue, TrendsView trends,
                          PrecedentsView precedents) {
        this.fulfilment = fulfilment;
        this.overdue = overdue;
        this.trends = trends;
        this.precedents = precedents;
    }

    /** Commitments made from {@code from} to {@code to} (default: the last 365 days), by outcome today. */
    @Get("/fulfilment")
    Fulfilment fulfilment(HttpRequest<?> request) {
        LocalDate today = today();
        RequestParameters p = ViewParameters.parameters(request.getParameters(), true);
        return fulfilment.fulfilment(ViewParameters.read(p, today, 365), today);
    }

    /** What is overdue today, oldest first; at most {@code limit} (default 100) items. */
    @Get("/overdue")
    OverdueList overdue(HttpRequest<?> request) {
        RequestParameters p = ViewParameters.parameters(request.getParameters(), false, "limit");
        int limit = p.integer("limit", 100, 1, MAX_OVERDUE);
        return overdue.overdue(ViewParameters.filtersOnly(p), limit, Instant.now(clock));
    }

    /** Reports and cases per topic area per {@code interval} (week or month, default month). */
    @Get("/trends")
    Trends trends(HttpRequest<?> request) {
        RequestParameters p = ViewParameters.parameters(request.getParameters(), true, "interval");
        String value = p.string("interval", 10);
        TrendsView.Interval interval;
        try {
            interval = value == null || value.isBlank() ? TrendsView.Interval.MONTH
                    : TrendsView.Interval.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("interval", "interval 的取值必须是 week 或 month");
        }
        LocalDate today = today();
        // Default: the last twelve weeks or months, the current one included.
        LocalDate defaultFrom = interval == TrendsView.Interval.WEEK
                ? interval.startOf(today).minusWeeks(11) : interval.startOf(today).minusMonths(11);
        long defaultLength = java.time.temporal.ChronoUnit.DAYS.between(defaultFrom, today) + 1;
        return trends.trends(ViewParameters.read(p, today, defaultLength), interval);
    }

    /** The past responses most like case {@code caseId}, or like {@code text}; {@code size} of them (default 5). */
    @Get("/precedents")
    Precedents precedents(HttpRequest<?> request) {
        RequestParameters p = RequestParameters.of(request.getParameters(),
                java.util.Set.of("caseId", "text", "size"));
        UUID caseId = p.uuid("caseId");
        String text = p.string("text", MAX_TEXT_LENGTH);
        int size = p.integer("size", 5, 1, MAX_PRECEDENTS);
        boolean hasText = text != null && !text.isBlank();
        if ((caseId == null) == !hasText) {
            throw new InvalidParameterException("caseId", "必须给出 caseId 或 text 之一（不能同时给出）");
        }
        return caseId != null
                ? precedents.forCase(caseId, size, today())
                : precedents.forText(text.strip(), size, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LedgerZone.ZONE));
    }
}
