package io.responseledger.search.indexing;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.CaseSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The documents written for one case snapshot: one case document and one document per response. Field
 * names match {@code IndexMappings}. Only what leaders search and filter on goes in: no report URLs, no
 * source ids, and every free text passes {@link PersonalDataMask} on the way.
 */
final class SearchDocuments {

    static final String CASE = "CASE";
    static final String RESPONSE = "RESPONSE";

    private SearchDocuments() {
    }

    /**
     * @param reportText titles and bodies of the case's reports, one array element each, so a phrase never
     *                   matches across two reports
     */
    record CaseDocument(
            String kind,
            String caseId,
            String title,
            List<String> reportText,
            String topicArea,
            String status,
            @Nullable String leadUnit,
            int reportCount,
            String openedAt,
            String updatedAt,
            String activityAt,
            long caseVersion) {
    }

    record ResponseDocument(
            String kind,
            String caseId,
            String responseId,
            String caseTitle,
            String text,
            @Nullable String channel,
            @Nullable String publishingUnit,
            @Nullable String publishedAt,
            String activityAt,
            String topicArea,
            String status,
            @Nullable String leadUnit,
            List<CommitmentDocument> commitments,
            long caseVersion) {
    }

    record CommitmentDocument(
            String commitmentId,
            @Nullable String content,
            @Nullable String ownerUnit,
            @Nullable String dueDate,
            @Nullable String status) {
    }

    static CaseDocument caseDocument(CaseSnapshot snapshot, long caseVersion) {
        List<String> reportText = new ArrayList<>();
        for (CaseSnapshot.Report report : nullToEmpty(snapshot.reports())) {
            addIfPresent(reportText, PersonalDataMask.mask(report.title()));
            addIfPresent(reportText, PersonalDataMask.mask(report.body()));
        }
        return new CaseDocument(
                CASE,
                snapshot.id().toString(),
                PersonalDataMask.mask(snapshot.title()),
                reportText,
                snapshot.topicArea(),
                snapshot.status(),
                snapshot.leadUnit(),
                nullToEmpty(snapshot.reports()).size(),
                iso(snapshot.openedAt()),
                iso(snapshot.updatedAt()),
                iso(snapshot.updatedAt()),
                caseVersion);
    }

    static ResponseDocument responseDocument(CaseSnapshot snapshot, CaseSnapshot.Response response, long caseVersion) {
        List<CommitmentDocument> commitments = nullToEmpty(response.commitments()).stream()
                .map(c -> new CommitmentDocument(
                        str(c.id()), PersonalDataMask.mask(c.content()), c.ownerUnit(), iso(c.dueDate()), c.status()))
                .toList();
        Instant activity = response.publishedAt() != null ? response.publishedAt() : snapshot.updatedAt();
        return new ResponseDocument(
                RESPONSE,
                snapshot.id().toString(),
                response.id().toString(),
                PersonalDataMask.mask(snapshot.title()),
                PersonalDataMask.mask(response.text()),
                response.channel(),
                response.publishingUnit(),
                iso(response.publishedAt()),
                iso(activity),
                snapshot.topicArea(),
                snapshot.status(),
                snapshot.leadUnit(),
                commitments,
                caseVersion);
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
            nullToEmpty(response.commitments()).forEach(c -> texts.add(c.content()));
        }
        return texts.stream().anyMatch(PersonalDataMask::containsUnmasked);
    }

    static <T> List<T> nullToEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void addIfPresent(List<String> target, @Nullable String value) {
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
