package io.responseledger.cases.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.List;

/**
 * The columns the lifecycle and commitment migrations (V3, V4) add, under the names agreed between the features,
 * created here only where they are still missing, so the ledger export and statistics can be tested before
 * those migrations are merged. Where they exist this changes nothing.
 */
public final class AgreedColumns {

    private static final List<String> COLUMNS = List.of(
            "opinion_case severity VARCHAR(16)",
            "opinion_case region VARCHAR(100)",
            "opinion_case response_due_at TIMESTAMP WITH TIME ZONE",
            "opinion_case first_responded_at TIMESTAMP WITH TIME ZONE",
            "opinion_case paused_seconds BIGINT",
            "opinion_case transfer_count INTEGER",
            "opinion_case overdue BOOLEAN",
            "opinion_case closed_at TIMESTAMP WITH TIME ZONE",
            "case_response visibility VARCHAR(16)",
            "case_response due_at TIMESTAMP WITH TIME ZONE",
            "case_response on_time BOOLEAN",
            "case_response time_to_respond_seconds BIGINT",
            "commitment claimed_at TIMESTAMP WITH TIME ZONE",
            "commitment verified_at TIMESTAMP WITH TIME ZONE",
            "commitment kept_on_time BOOLEAN",
            "commitment verification_failures INTEGER",
            "commitment rectification_due_date DATE",
            "commitment progress_percent INTEGER",
            "commitment flagged BOOLEAN");

    private AgreedColumns() {
    }

    public static void ensure(DataSource dataSource) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); Statement statement = connection.createStatement()) {
            for (String column : COLUMNS) {
                int space = column.indexOf(' ');
                statement.execute("ALTER TABLE " + column.substring(0, space) + " ADD COLUMN IF NOT EXISTS "
                        + column.substring(space + 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add the agreed columns", e);
        }
    }

    /** Runs one statement with parameters outside any transaction of the service. */
    public static int update(DataSource dataSource, String sql, Object... params) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
