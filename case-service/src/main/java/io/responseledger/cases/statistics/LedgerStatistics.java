package io.responseledger.cases.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.responseledger.cases.admin.TopicAreaDirectory;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the statistics of the cases first reported in a period, per lead unit or per topic area. Commitments
 * count for their owner unit when grouped by unit (a co-handling unit's promise is its own), for the case's topic
 * area otherwise. Reads three plain queries in one read-only transaction and adds up in memory: a year of a
 * city's cases is a few hundred thousand small rows at most.
 */
@Singleton
class LedgerStatistics {

    static final String NO_UNIT = "未交办";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcOperations jdbc;
    private final TopicAreaDirectory topicAreas;

    LedgerStatistics(JdbcOperations jdbc, TopicAreaDirectory topicAreas) {
        this.jdbc = jdbc;
        this.topicAreas = topicAreas;
    }

    enum GroupBy { UNIT, TOPIC_AREA }

    @ReadOnly
    StatisticsView compute(@Nullable LocalDate from, @Nullable LocalDate to, GroupBy groupBy) {
        Map<String, GroupTally> groups = new TreeMap<>();
        List<Object> params = new ArrayList<>();
        String period = period(from, to, params);
        String caseKey = groupBy == GroupBy.UNIT ? "c.lead_unit" : "c.topic_area";

        query("SELECT " + caseKey + " AS group_key, c.opened_at, c.paused_seconds, c.transfer_count, "
                + "COALESCE(c.first_responded_at, (SELECT MIN(r.published_at) FROM case_response r "
                + "WHERE r.case_id = c.id)) AS first_response FROM opinion_case c WHERE " + period, params, rs -> {
            Instant opened = instant(rs, "opened_at");
            Instant firstResponse = instant(rs, "first_response");
            Long seconds = firstResponse == null ? null
                    : Duration.between(opened, firstResponse).getSeconds() - rs.getLong("paused_seconds");
            tally(groups, rs.getString("group_key")).addCase(rs.getLong("transfer_count"), seconds);
        });
        query("SELECT " + caseKey + " AS group_key, r.on_time FROM case_response r "
                + "JOIN opinion_case c ON c.id = r.case_id WHERE r.on_time IS NOT NULL AND " + period, params,
                rs -> tally(groups, rs.getString("group_key")).addResponse(rs.getBoolean("on_time")));
        String commitmentKey = groupBy == GroupBy.UNIT ? "m.owner_unit" : "c.topic_area";
        query("SELECT " + commitmentKey + " AS group_key, m.status, m.kept_on_time FROM commitment m "
                + "JOIN opinion_case c ON c.id = m.case_id WHERE " + period, params, rs -> {
            boolean kept = rs.getBoolean("kept_on_time");
            tally(groups, rs.getString("group_key")).addCommitment(rs.getString("status"),
                    rs.wasNull() ? null : kept);
        });

        Map<String, String> names = groupBy == GroupBy.TOPIC_AREA ? topicAreas.namesByCode() : Map.of();
        GroupTally total = new GroupTally();
        List<StatisticsView.Group> result = new ArrayList<>();
        groups.forEach((key, tally) -> {
            total.addAll(tally);
            result.add(new StatisticsView.Group(key, names.getOrDefault(key, key), tally.figures()));
        });
        return new StatisticsView(from, to, groupBy == GroupBy.UNIT ? "unit" : "topicArea", result, total.figures());
    }

    private static GroupTally tally(Map<String, GroupTally> groups, @Nullable String key) {
        return groups.computeIfAbsent(key == null ? NO_UNIT : key, k -> new GroupTally());
    }

    /** Cases opened from the start of {@code from} to the end of {@code to}, Beijing time. */
    private static String period(@Nullable LocalDate from, @Nullable LocalDate to, List<Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (from != null) {
            where.append(" AND c.opened_at >= ?");
            params.add(OffsetDateTime.ofInstant(from.atStartOfDay(BEIJING).toInstant(), ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" AND c.opened_at < ?");
            params.add(OffsetDateTime.ofInstant(to.plusDays(1).atStartOfDay(BEIJING).toInstant(), ZoneOffset.UTC));
        }
        return where.toString();
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, RowReader reader) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
