package io.responseledger.cases.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the ledger one page of cases at a time, oldest first, with a keyset ({@code (opened_at, id)} after the
 * last one read) rather than an offset, so every page costs the same however deep the export goes, and each page
 * in a short transaction of its own: an export of a year holds no connection and no lock for its whole length.
 */
@Singleton
class LedgerPages {

    /** Where the previous page ended. */
    record Position(Instant openedAt, UUID caseId) {
    }

    /** A page of lines, and where it ended (null when there are no more cases). */
    record Page(List<LedgerLine> lines, @Nullable Position next) {
    }

    private final JdbcOperations jdbc;

    LedgerPages(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    Page read(ExportFilter filter, @Nullable Position after, int cases) {
        Map<UUID, CaseRow> page = readCases(filter, after, cases);
        if (page.isEmpty()) {
            return new Page(List.of(), null);
        }
        String ids = placeholders(page.size());
        Map<UUID, List<ResponseRow>> responses = new LinkedHashMap<>();
        Map<UUID, List<CommitmentRow>> commitments = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT id, case_id, published_at, channel, publishing_unit, text, on_time "
                + "FROM case_response WHERE case_id IN (" + ids + ") ORDER BY case_id, published_at, recorded_at, id",
                statement -> {
                    bindIds(statement, page.keySet(), 1);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            responses.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                                    .add(new ResponseRow(rs.getObject("id", UUID.class), instant(rs, "published_at"),
                                            rs.getString("channel"), rs.getString("publishing_unit"),
                                            rs.getString("text"), bool(rs, "on_time")));
                        }
                    }
                    return null;
                });
        jdbc.prepareStatement("SELECT response_id, content, owner_unit, due_date, status FROM commitment "
                + "WHERE case_id IN (" + ids + ") ORDER BY response_id, position", statement -> {
                    bindIds(statement, page.keySet(), 1);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            commitments.computeIfAbsent(rs.getObject("response_id", UUID.class),
                                    k -> new ArrayList<>()).add(new CommitmentRow(rs.getString("content"),
                                    rs.getString("owner_unit"), rs.getObject("due_date", LocalDate.class),
                                    rs.getString("status")));
                        }
                    }
                    return null;
                });
        List<LedgerLine> lines = new ArrayList<>();
        CaseRow last = null;
        for (CaseRow c : page.values()) {
            last = c;
            List<ResponseRow> answered = responses.getOrDefault(c.id(), List.of());
            if (answered.isEmpty()) {
                lines.add(c.line(null, null));
            }
            for (ResponseRow r : answered) {
                List<CommitmentRow> made = commitments.getOrDefault(r.id(), List.of());
                if (made.isEmpty()) {
                    lines.add(c.line(r, null));
                }
                for (CommitmentRow m : made) {
                    lines.add(c.line(r, m));
                }
            }
        }
        return new Page(lines, page.size() < cases ? null : new Position(last.openedAt(), last.id()));
    }

    private Map<UUID, CaseRow> readCases(ExportFilter filter, @Nullable Position after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, title, topic_area, region, severity, lead_unit, status, "
                + "opened_at FROM opinion_case WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" AND opened_at >= ?");
            params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" AND opened_at < ?");
            params.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (filter.topicArea() != null) {
            sql.append(" AND topic_area = ?");
            params.add(filter.topicArea());
        }
        if (filter.unit() != null) {
            sql.append(" AND lead_unit = ?");
            params.add(filter.unit());
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            params.add(filter.status());
        }
        if (after != null) {
            sql.append(" AND (opened_at > ? OR (opened_at = ? AND id > ?))");
            params.add(OffsetDateTime.ofInstant(after.openedAt(), ZoneOffset.UTC));
            params.add(OffsetDateTime.ofInstant(after.openedAt(), ZoneOffset.UTC));
            params.add(after.caseId());
        }
        sql.append(" ORDER BY opened_at, id LIMIT ").append(limit);
        Map<UUID, CaseRow> rows = new LinkedHashMap<>();
        jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    rows.put(id, new CaseRow(id, rs.getString("title"), rs.getString("topic_area"),
                            rs.getString("region"), rs.getString("severity"), rs.getString("lead_unit"),
                            rs.getString("status"), instant(rs, "opened_at")));
                }
            }
            return null;
        });
        return rows;
    }

    private record CaseRow(UUID id, String title, String topicArea, String region, String severity, String leadUnit,
                           String status, Instant openedAt) {

        LedgerLine line(@Nullable ResponseRow r, @Nullable CommitmentRow m) {
            return new LedgerLine(id, title, topicArea, region, severity, leadUnit, status, openedAt,
                    r == null ? null : r.publishedAt(), r == null ? null : r.channel(),
                    r == null ? null : r.publishingUnit(), r == null ? null : r.text(), r == null ? null : r.onTime(),
                    m == null ? null : m.content(), m == null ? null : m.ownerUnit(), m == null ? null : m.dueDate(),
                    m == null ? null : m.status());
        }
    }

    private record ResponseRow(UUID id, Instant publishedAt, String channel, String publishingUnit, String text,
                               Boolean onTime) {
    }

    private record CommitmentRow(String content, String ownerUnit, LocalDate dueDate, String status) {
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bindIds(PreparedStatement statement, Iterable<UUID> ids, int from) throws SQLException {
        int i = from;
        for (UUID id : ids) {
            statement.setObject(i++, id);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
