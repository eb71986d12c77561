package io.responseledger.search;

import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.contracts.Engagement;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A fluent builder of full case snapshots (every field of the current contract) for tests. */
public final class Snapshots {

    private final UUID id;
    private String title = "标题";
    private String topicArea = "wage-arrears";
    private String status = "NEW";
    private String leadUnit;
    private Instant openedAt = Instant.parse("2024-03-01T02:00:00Z");
    private Instant updatedAt;
    private final List<CaseSnapshot.Report> reports = new ArrayList<>();
    private final List<CaseSnapshot.Response> responses = new ArrayList<>();
    private String region;
    private Severity severity;
    private List<String> coUnits = List.of();
    private Instant responseDueAt;
    private Boolean overdue;
    private Instant closedAt;
    private UUID mergedInto;

    private Snapshots(UUID id) {
        this.id = id;
    }

    public static Snapshots of(UUID id) {
        return new Snapshots(id);
    }

    public Snapshots title(String title) {
        this.title = title;
        return this;
    }

    public Snapshots topicArea(String topicArea) {
        this.topicArea = topicArea;
        return this;
    }

    public Snapshots status(String status) {
        this.status = status;
        return this;
    }

    public Snapshots leadUnit(String leadUnit) {
        this.leadUnit = leadUnit;
        return this;
    }

    public Snapshots coUnits(String... units) {
        this.coUnits = List.of(units);
        return this;
    }

    public Snapshots opened(String instant) {
        this.openedAt = Instant.parse(instant);
        return this;
    }

    public Snapshots updated(String instant) {
        this.updatedAt = Instant.parse(instant);
        return this;
    }

    public Snapshots region(String region) {
        this.region = region;
        return this;
    }

    public Snapshots severity(Severity severity) {
        this.severity = severity;
        return this;
    }

    public Snapshots responseDue(Instant dueAt, boolean overdue) {
        this.responseDueAt = dueAt;
        this.overdue = overdue;
        return this;
    }

    public Snapshots closed(String instant) {
        this.closedAt = Instant.parse(instant);
        return this;
    }

    public Snapshots mergedInto(UUID target) {
        this.mergedInto = target;
        return this;
    }

    /** A report with this text as its body, observed at {@code observedAt}. */
    public Snapshots report(String body, String observedAt) {
        reports.add(new CaseSnapshot.Report(UUID.randomUUID(), ReportSource.WEIBO, null, title, body, null,
                Instant.parse(observedAt)));
        return this;
    }

    public Snapshots response(CaseSnapshot.Response response) {
        responses.add(response);
        return this;
    }

    public static CaseSnapshot.Response response(UUID id, String text, String channel, String unit, String publishedAt,
                                                 String visibility, CaseSnapshot.Commitment... commitments) {
        return new CaseSnapshot.Response(id, text, channel, unit, Instant.parse(publishedAt), null,
                List.of(commitments), visibility, null, null);
    }

    public static CaseSnapshot.Commitment commitment(String content, String owner, LocalDate due, String status) {
        return commitment(content, owner, due, status, null, null, null);
    }

    public static CaseSnapshot.Commitment commitment(String content, String owner, LocalDate due, String status,
                                                     Boolean keptOnTime, Instant claimedAt, LocalDate rectificationDue) {
        return new CaseSnapshot.Commitment(UUID.randomUUID(), content, owner, due, status, "现场核查", null,
                claimedAt, "VERIFIED".equals(status) ? claimedAt : null, keptOnTime, rectificationDue, false);
    }

    public CaseSnapshot build() {
        Instant updated = updatedAt != null ? updatedAt : openedAt;
        return new CaseSnapshot(id, title, topicArea, status, leadUnit, openedAt, updated, reports, responses,
                region, severity, coUnits, reports.size(), new Engagement(1, 2, 3), responseDueAt, overdue, 0,
                closedAt, mergedInto);
    }

    public CaseEvent event(CaseEventType type, long version) {
        CaseSnapshot snapshot = build();
        return new CaseEvent(UUID.randomUUID(), type, id, version, snapshot.updatedAt(), snapshot);
    }
}
