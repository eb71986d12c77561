package io.responseledger.search;

import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.contracts.ReportSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds case events for tests: a case with one report and, optionally, one response with one commitment. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public static CaseEvent opened(UUID caseId, long version, String title, String reportBody) {
        Instant at = Instant.parse("2024-03-01T08:00:00Z").plusSeconds(version * 60);
        CaseSnapshot snapshot = new CaseSnapshot(caseId, title, "wage-arrears", "NEW", null,
                Instant.parse("2024-03-01T08:00:00Z"), at,
                List.of(report(title, reportBody)), List.of());
        return new CaseEvent(UUID.randomUUID(), CaseEventType.CASE_OPENED, caseId, version, at, snapshot);
    }

    public static CaseEvent responded(UUID caseId, UUID responseId, long version, String title, String reportBody,
                                      String responseText, String commitment) {
        Instant at = Instant.parse("2024-03-01T08:00:00Z").plusSeconds(version * 60);
        CaseSnapshot.Response response = new CaseSnapshot.Response(responseId, responseText, "政府网站",
                "市人力资源和社会保障局", at, null,
                List.of(new CaseSnapshot.Commitment(UUID.randomUUID(), commitment, "市人力资源和社会保障局",
                        LocalDate.parse("2024-04-30"), "OPEN")));
        CaseSnapshot snapshot = new CaseSnapshot(caseId, title, "wage-arrears", "RESPONDED", "市人力资源和社会保障局",
                Instant.parse("2024-03-01T08:00:00Z"), at,
                List.of(report(title, reportBody)), List.of(response));
        return new CaseEvent(UUID.randomUUID(), CaseEventType.RESPONSE_RECORDED, caseId, version, at, snapshot);
    }

    /**
     * Version {@code version} of a case with one response and one commitment in {@code status}; a VERIFIED
     * commitment was claimed on 2024-04-01, in time. Each version has its own response text and update time.
     */
    public static CaseEvent commitmentProgress(UUID caseId, UUID responseId, UUID commitmentId, long version,
                                               String status, String title) {
        Instant claimed = "VERIFIED".equals(status) ? Instant.parse("2024-04-01T02:00:00Z") : null;
        CaseSnapshot.Commitment commitment = new CaseSnapshot.Commitment(commitmentId, "限期整改", "市住建局",
                LocalDate.parse("2024-04-30"), status, null, null, claimed, claimed, claimed == null ? null : true,
                null, false);
        return Snapshots.of(caseId).title(title).status("RESPONDED").leadUnit("市住建局")
                .updated("2024-03-0" + version + "T02:00:00Z")
                .report("报告", "2024-03-01T02:00:00Z")
                .response(Snapshots.response(responseId, "回应第" + version + "版", "政府网站", "市住建局",
                        "2024-03-01T03:00:00Z", "PUBLIC", commitment))
                .event(CaseEventType.COMMITMENT_PROGRESS, version);
    }

    private static CaseSnapshot.Report report(String title, String body) {
        return new CaseSnapshot.Report(UUID.randomUUID(), ReportSource.HOTLINE, "GD-0001", title, body, null,
                Instant.parse("2024-03-01T07:30:00Z"));
    }
}
