package io.responseledger.search.views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CommitmentOutcomeTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-05-10");

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "VERIFIED, 2024-04-30, true, KEPT_ON_TIME",
            "VERIFIED, 2024-04-30, null, KEPT_ON_TIME",
            "VERIFIED, 2024-04-30, false, KEPT_LATE",
            "VERIFICATION_FAILED, 2024-04-30, null, FAILED",
            "WITHDRAWN, 2024-04-30, null, WITHDRAWN",
            "OVERDUE, 2024-06-30, null, OVERDUE",
            "OPEN, 2024-05-09, null, OVERDUE",
            "IN_PROGRESS, 2024-05-09, null, OVERDUE",
            "OPEN, 2024-05-10, null, PENDING",
            "CLAIMED_FULFILLED, 2024-05-01, null, PENDING",
            "null, 2024-05-01, null, PENDING"
    })
    void eachCommitmentHasExactlyOneOutcome(String status, String due, Boolean keptOnTime, CommitmentOutcome expected) {
        assertThat(CommitmentOutcome.of(status, LocalDate.parse(due), keptOnTime, TODAY)).isEqualTo(expected);
    }

    @Test
    void ratesAreOverTheAssessedCommitmentsWithTheirSample() {
        Fulfilment.Row row = Fulfilment.Row.of("市人社局", 10, 3, 1, 2, 1, 1, 2);

        assertThat(row.assessed()).isEqualTo(7);
        assertThat(row.keptOnTimeRate()).isEqualTo(0.4286);
        assertThat(row.keptRate()).isEqualTo(0.5714);
        assertThat(row.overdueRate()).isEqualTo(0.2857);
        assertThat(row.failedRate()).isEqualTo(0.1429);
    }

    @Test
    void noRateWithoutSample() {
        Fulfilment.Row row = Fulfilment.Row.of("市人社局", 2, 0, 0, 0, 0, 1, 1);

        assertThat(row.assessed()).isZero();
        assertThat(row.keptOnTimeRate()).isNull();
    }
}
