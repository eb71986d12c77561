package io.responseledger.cases.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.response.CommitmentStatus;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The look-back list (回头看): commitments due in a period, with their case and their latest verification and
 * review, oldest due first. Filters are optional except the period; the SQL is built from fixed fragments and every
 * value is bound, never spliced in.
 */
@Singleton
class LookBackQuery {

    private static final String FROM_WHERE = " FROM commitment c JOIN opinion_case oc ON oc.id = c.case_id"
            + " WHERE c.due_date >= ? AND c.due_date <= ?";

    private final JdbcOperations jdbc;
    private final CommitmentVerificationRepository verifications;
    private final CommitmentReviewRepository reviews;

    LookBackQuery(JdbcOperations jdbc, CommitmentVerificationRepository verifications,
                  CommitmentReviewRepository reviews) {
        this.jdbc = jdbc;
        this.verifications = verifications;
        this.reviews = reviews;
    }

    record Filter(LocalDate from, LocalDate to, @Nullable String unit, @Nullable String topicArea,
                  Set<CommitmentStatus> statuses) {
    }

    @Transactional(readOnly = true)
    LookBackPage find(Filter filter, int page, int size) {
        List<Object> values = new ArrayList<>(List.of(Date.valueOf(filter.from()), Date.valueOf(filter.to())));
        StringBuilder where = new StringBuilder(FROM_WHERE);
        if (filter.unit() != null) {
            where.append(" AND c.owner_unit = ?");
            values.add(filter.unit());
        }
        if (filter.topicArea() != null) {
            where.append(" AND oc.topic_area = ?");
            values.add(filter.topicArea());
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" AND c.status IN (")
                    .append(filter.statuses().stream().map(s -> "?").collect(Collectors.joining(", "))).append(')');
            filter.statuses().stream().sorted().map(Enum::name).forEach(values::add);
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*)" + where, statement -> {
            bind(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        List<Object> pageValues = new ArrayList<>(values);
        pageValues.add(size);
        pageValues.add((long) page * size);
        List<Row> rows = jdbc.prepareStatement("SELECT c.id, c.case_id, oc.title, oc.topic_area, c.content,"
                + " c.owner_unit, c.due_date, c.rectification_due_date, c.status, c.progress_percent, c.claimed_at,"
                + " c.verified_at, c.kept_on_time, c.verification_failures, c.flagged, c.version" + where
                + " ORDER BY c.due_date, c.id LIMIT ? OFFSET ?", statement -> {
            bind(statement, pageValues);
            List<Row> read = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    read.add(Row.of(result));
                }
            }
            return read;
        });
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, CommitmentVerification> lastVerification = ids.isEmpty() ? Map.of()
                : latest(verifications.findByCommitmentIdInOrderByVerifiedAtAsc(ids),
                CommitmentVerification::commitmentId);
        Map<UUID, List<CommitmentReview>> reviewsOf = ids.isEmpty() ? Map.of()
                : reviews.findByCommitmentIdInOrderByReviewedAtAsc(ids).stream()
                .collect(Collectors.groupingBy(CommitmentReview::commitmentId));
        List<LookBackItem> items = rows.stream().map(row -> {
            CommitmentVerification v = lastVerification.get(row.id());
            List<CommitmentReview> itsReviews = reviewsOf.getOrDefault(row.id(), List.of());
            return row.toItem(v == null ? null : CommitmentDetail.VerificationView.of(v),
                    itsReviews.isEmpty() ? null : CommitmentDetail.ReviewView.of(itsReviews.get(itsReviews.size() - 1)),
                    itsReviews.size());
        }).toList();
        return new LookBackPage(items, page, size, total);
    }

    private static <T> Map<UUID, T> latest(List<T> oldestFirst, Function<T, UUID> key) {
        return oldestFirst.stream().collect(Collectors.toMap(key, Function.identity(), (older, newer) -> newer));
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private record Row(UUID id, UUID caseId, String caseTitle, String topicArea, String content, String ownerUnit,
                       LocalDate dueDate, @Nullable LocalDate rectificationDueDate, CommitmentStatus status,
                       @Nullable Integer progressPercent, @Nullable Instant claimedAt, @Nullable Instant verifiedAt,
                       @Nullable Boolean keptOnTime, int verificationFailures, boolean flagged, long version) {

        static Row of(ResultSet r) throws SQLException {
            return new Row(r.getObject("id", UUID.class), r.getObject("case_id", UUID.class), r.getString("title"),
                    r.getString("topic_area"), r.getString("content"), r.getString("owner_unit"),
                    r.getObject("due_date", LocalDate.class), r.getObject("rectification_due_date", LocalDate.class),
                    CommitmentStatus.valueOf(r.getString("status")), (Integer) r.getObject("progress_percent"),
                    instant(r.getTimestamp("claimed_at")), instant(r.getTimestamp("verified_at")),
                    (Boolean) r.getObject("kept_on_time"), r.getInt("verification_failures"), r.getBoolean("flagged"),
                    r.getLong("version"));
        }

        LookBackItem toItem(@Nullable CommitmentDetail.VerificationView lastVerification,
                            @Nullable CommitmentDetail.ReviewView lastReview, int reviewCount) {
            return new LookBackItem(id, caseId, caseTitle, topicArea, content, ownerUnit, dueDate,
                    rectificationDueDate, status, progressPercent, claimedAt, verifiedAt, keptOnTime,
                    verificationFailures, flagged, version, lastVerification, lastReview, reviewCount);
        }

        private static Instant instant(@Nullable Timestamp timestamp) {
            return timestamp == null ? null : timestamp.toInstant();
        }
    }
}
