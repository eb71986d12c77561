package io.responseledger.search.indexing;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.search.index.LedgerZone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The documents written for one case snapshot: one case document, one document per response and one per
 * commitment. Field names match {@code IndexMappings}. Only what leaders search and filter on goes in: no
 * report URLs, no source ids, no personal data, and every free text passes {@link PersonalDataMask}.
 */
public final class SearchDocuments {

    public static final String CASE = "CASE";
    public static final String RESPONSE = "RESPONSE";
    public static final String COMMITMENT = "COMMITMENT";

    public static final String PUBLIC = "PUBLIC";
    public static final String INTERNAL = "INTERNAL";

    /** Commitment statuses that still need work from their owner, so their due date still matters. */
    static final Set<String> PENDING_COMMITMENT = Set.of("OPEN", "IN_PROGRESS", "OVERDUE", "VERIFICATION_FAILED");
    /** Case statuses in which nothing more is awaited. */
    static final Set<String> SETTLED_CASE = Set.of("CLOSED", "REJECTED");

    private SearchDocuments() {
    }

    /**
     * @param reportText titles and bodies of the case's reports, one array element each, so a phrase never
     *                   matches across two reports
     * @param units      every unit involved: lead, co-handling, publishing and commitment-owning units
     * @param dueAt      the next deadline: the response deadline while no response exists, else the earliest
     *                   due date of a pending commitment
     */
    public record CaseDocument(
            String kind, String docId, String caseId, String title, List<String> reportText,
            String topicArea, String status, @Nullable String leadUnit, List<String> coUnits, List<String> units,
            @Nullable String region, @Nullable String severity, List<String> commitmentStatus, List<String> channel,
            int reportCount, long engagement, List<ReportDocument> reports,
            String reportedAt, @Nullable String respondedAt, @Nullable String dueAt,
            boolean overdue, boolean responseOverdue, @Nullable String responseDueAt, int transferCount,
            @Nullable String closedAt, boolean merged, @Nullable String mergedInto,
            String openedAt, String updatedAt, String activityAt, long caseVersion) {
    }

    public record ReportDocument(String observedAt, @Nullable String source) {
    }

    public record ResponseDocument(
            String kind, String docId, String caseId, String responseId, String caseTitle, String text,
            @Nullable String channel, @Nullable String publishingUnit, String visibility,
            @Nullable String publishedAt, @Nullable String responseDueAt, @Nullable Boolean onTime,
            String topicArea, String status, @Nullable String leadUnit, List<String> units,
            @Nullable String region, @Nullable String severity, List<String> commitmentStatus,
            String reportedAt, @Nullable String respondedAt, @Nullable String dueAt, boolean overdue,
            boolean merged, @Nullable String mergedInto,
            List<ResponseCommitment> commitments, String activityAt, long caseVersion) {
    }

    public record ResponseCommitment(
            String commitmentId, @Nullable String content, @Nullable String ownerUnit, @Nullable String dueDate,
            @Nullable String status, @Nullable Boolean keptOnTime) {
    }

    /**
     * @param madeAt           when the response holding it was published
     * @param effectiveDueDate the date it must now be done by: the rectification deadline after a failed
     *                         verification, else the due date
     * @param keptOnTime once verified: whether it was kept by its due date (from the case service, else worked
     *                   out from the verification or claim date against the due date)
     */
    public record CommitmentDocument(
            String kind, String docId, String commitmentId, String caseId, String responseId, String caseTitle,
            @Nullable String content, @Nullable String fulfilmentCheck, @Nullable String ownerUnit,
            @Nullable String leadUnit, String topicArea, @Nullable String region, @Nullable String severity,
            String caseStatus, @Nullable String status, String visibility, @Nullable String madeAt,
            @Nullable String dueDate, @Nullable String effectiveDueDate, @Nullable Integer progressPercent,
            @Nullable String claimedAt,
            @Nullable String verifiedAt, @Nullable Boolean keptOnTime, @Nullable String rectificationDueDate,
            boolean flagged, boolean merged, @Nullable String mergedInto, String activityAt, long caseVersion) {
    }

    public static CaseDocument caseDocument(CaseSnapshot snapshot, long caseVersion) {
        List<String> reportText = new ArrayList<>();
        List<ReportDocument> reports = new ArrayList<>();
        for (CaseSnapshot.Report report : nullToEmpty(snapshot.reports())) {
            addIfPresent(reportText, PersonalDataMask.mask(report.title()));
            addIfPresent(reportText, PersonalDataMask.mask(report.body()));
            Instant observed = report.observedAt() != null ? report.observedAt() : snapshot.openedAt();
            reports.add(new ReportDocument(iso(observed), report.source() == null ? null : report.source().name()));
        }
        List<CaseSnapshot.Response> responses = nullToEmpty(snapshot.responses());
        List<CaseSnapshot.Commitment> commitments = responses.stream()
                .flatMap(r -> nullToEmpty(r.commitments()).stream()).toList();
        Set<String> units = new LinkedHashSet<>();
        addIfPresent(units, snapshot.leadUnit());
        nullToEmpty(snapshot.coUnits()).forEach(u -> addIfPresent(units, u));
        responses.forEach(r -> addIfPresent(units, r.publishingUnit()));
        commitments.forEach(c -> addIfPresent(units, c.ownerUnit()));

        boolean responseOverdue = Boolean.TRUE.equals(snapshot.overdue());
        String dueAt;
        if (responses.isEmpty() && !SETTLED_CASE.contains(snapshot.status()) && snapshot.mergedInto() == null) {
            dueAt = iso(snapshot.responseDueAt());
        } else {
            dueAt = iso(earliestPendingDue(commitments));
        }
        int reportCount = snapshot.reportCount() != null ? snapshot.reportCount() : reports.size();
        return new CaseDocument(
                CASE, CASE + ":" + snapshot.id(), snapshot.id().toString(),
                PersonalDataMask.mask(snapshot.title()), reportText,
                snapshot.topicArea(), snapshot.status(), snapshot.leadUnit(),
                List.copyOf(nullToEmpty(snapshot.coUnits())), List.copyOf(units),
                snapshot.region(), snapshot.severity() == null ? null : snapshot.severity().name(),
                distinct(commitments.stream().map(CaseSnapshot.Commitment::status)),
                distinct(responses.stream().map(CaseSnapshot.Response::channel)),
                reportCount,
                snapshot.engagement() == null ? 0 : snapshot.engagement().total(),
                reports,
                iso(reportedAt(snapshot)),
                iso(responses.stream().map(CaseSnapshot.Response::publishedAt).filter(Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null)),
                dueAt,
                responseOverdue || commitments.stream().anyMatch(c -> "OVERDUE".equals(c.status())),
                responseOverdue,
                iso(snapshot.responseDueAt()),
                snapshot.transferCount() == null ? 0 : snapshot.transferCount(),
                iso(snapshot.closedAt()),
                snapshot.mergedInto() != null, str(snapshot.mergedInto()),
                iso(snapshot.openedAt()), iso(snapshot.updatedAt()), iso(snapshot.updatedAt()),
                caseVersion);
    }

    public static ResponseDocument responseDocument(CaseSnapshot snapshot, CaseSnapshot.Response response,
                                                    long caseVersion) {
        List<CaseSnapshot.Commitment> own = nullToEmpty(response.commitments());
        List<ResponseCommitment> commitments = own.stream()
                .map(c -> new ResponseCommitment(str(c.id()), PersonalDataMask.mask(c.content()), c.ownerUnit(),
                        iso(c.dueDate()), c.status(), keptOnTime(c)))
                .toList();
        Set<String> units = new LinkedHashSet<>();
        addIfPresent(units, snapshot.leadUnit());
        addIfPresent(units, response.publishingUnit());
        own.forEach(c -> addIfPresent(units, c.ownerUnit()));
        Instant activity = response.publishedAt() != null ? response.publishedAt() : snapshot.updatedAt();
        return new ResponseDocument(
                RESPONSE, RESPONSE + ":" + response.id(), snapshot.id().toString(), response.id().toString(),
                PersonalDataMask.mask(snapshot.title()), PersonalDataMask.mask(response.text()),
                response.channel(), response.publishingUnit(), visibility(response),
                iso(response.publishedAt()), iso(response.dueAt()), response.onTime(),
                snapshot.topicArea(), snapshot.status(), snapshot.leadUnit(), List.copyOf(units),
                snapshot.region(), snapshot.severity() == null ? null : snapshot.severity().name(),
                distinct(own.stream().map(CaseSnapshot.Commitment::status)),
                iso(reportedAt(snapshot)), iso(response.publishedAt()), iso(earliestPendingDue(own)),
                own.stream().anyMatch(c -> "OVERDUE".equals(c.status())),
                snapshot.mergedInto() != null, str(snapshot.mergedInto()),
                commitments, iso(activity), caseVersion);
    }

    public static CommitmentDocument commitmentDocument(CaseSnapshot snapshot, CaseSnapshot.Response response,
                                                        CaseSnapshot.Commitment c, long caseVersion) {
        Instant activity = Stream.of(c.verifiedAt(), c.claimedAt(), response.publishedAt())
                .filter(Objects::nonNull).findFirst().orElse(snapshot.updatedAt());
        return new CommitmentDocument(
                COMMITMENT, COMMITMENT + ":" + c.id(), c.id().toString(), snapshot.id().toString(),
                response.id().toString(), PersonalDataMask.mask(snapshot.title()),
                PersonalDataMask.mask(c.content()), PersonalDataMask.mask(c.fulfilmentCheck()),
                c.ownerUnit(), snapshot.leadUnit(), snapshot.topicArea(), snapshot.region(),
                snapshot.severity() == null ? null : snapshot.severity().name(),
                snapshot.status(), c.status(), visibility(response), iso(response.publishedAt()),
                iso(c.dueDate()), iso(effectiveDue(c)), c.progressPercent(), iso(c.claimedAt()),
                iso(c.verifiedAt()), keptOnTime(c),
                iso(c.rectificationDueDate()), Boolean.TRUE.equals(c.flagged()),
                snapshot.mergedInto() != null, str(snapshot.mergedInto()), iso(activity), caseVersion);
    }

    /** Responses recorded before visibility existed were all published, so a missing value means public. */
    static String visibility(CaseSnapshot.Response response) {
        return INTERNAL.equalsIgnoreCase(response.visibility()) ? INTERNAL : PUBLIC;
    }

    static @Nullable Boolean keptOnTime(CaseSnapshot.Commitment c) {
        if (!"VERIFIED".equals(c.status())) {
            return null;
        }
        if (c.keptOnTime() != null) {
            return c.keptOnTime();
        }
        Instant fulfilled = c.claimedAt() != null ? c.claimedAt() : c.verifiedAt();
        if (fulfilled == null || c.dueDate() == null) {
            return null;
        }
        return !fulfilled.atZone(LedgerZone.ZONE).toLocalDate().isAfter(c.dueDate());
    }

    /** The date a pending commitment must be done by: its rectification deadline once verification failed. */
    private static @Nullable LocalDate effectiveDue(CaseSnapshot.Commitment c) {
        if ("VERIFICATION_FAILED".equals(c.status()) && c.rectificationDueDate() != null) {
            return c.rectificationDueDate();
        }
        return c.dueDate();
    }

    private static @Nullable LocalDate earliestPendingDue(List<CaseSnapshot.Commitment> commitments) {
        return commitments.stream()
                .filter(c -> PENDING_COMMITMENT.contains(c.status()))
                .map(SearchDocuments::effectiveDue)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Instant reportedAt(CaseSnapshot snapshot) {
        return nullToEmpty(snapshot.reports()).stream()
                .map(CaseSnapshot.Report::observedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(snapshot.openedAt());
    }

    /** Whether any text that would be indexed still holds a full mobile or ID-card number. */
    static boolean holdsUnmaskedPersonalData(CaseSnapshot snapshot) {
        List<String> texts = new ArrayList<>();
        texts.add(snapshot.title());
        for (CaseSnapshot.Report report : nullToEmpty(snapshot.reports())) {
            texts.add(report.title());
            texts.add(report.body());
        }
        for (CaseSnapshot.Response response : nullToEmpty(snapshot.responses())) {
            texts.add(response.text());
            nullToEmpty(response.commitments()).forEach(c -> {
                texts.add(c.content());
                texts.add(c.fulfilmentCheck());
            });
        }
        return texts.stream().anyMatch(PersonalDataMask::containsUnmasked);
    }

    static <T> List<T> nullToEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<String> distinct(Stream<String> values) {
        return values.filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    private static void addIfPresent(java.util.Collection<String> target, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            target.add(value);
        }
    }

    private static String iso(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String iso(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String str(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }
}
