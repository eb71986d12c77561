package io.responseledger.cases.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.responseledger.cases.personal.PersonalDataMasking;
import io.responseledger.cases.report.Report;
import io.responseledger.cases.response.Commitment;
import io.responseledger.cases.response.CommitmentStatus;
import io.responseledger.cases.response.ResponseChannel;
import io.responseledger.cases.response.ResponseVisibility;
import io.responseledger.cases.response.VerificationMethod;
import io.responseledger.contracts.Engagement;
import io.responseledger.contracts.PersonalData;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One case with its reports, responses and commitments, as the API shows it. Personal data appears masked only
 * ({@code GET /api/v1/cases/{id}/contacts} shows it in full, to whom may see it). Every field is always present
 * ({@code "leadUnit": null}, {@code "responses": []}) so clients need not tell absent from empty.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CaseView(
        UUID id,
        String title,
        String topicArea,
        CaseStatus status,
        @Nullable String leadUnit,
        int reportCount,
        Instant openedAt,
        Instant updatedAt,
        long version,
        List<ReportView> reports,
        List<ResponseView> responses,
        @Nullable String region,
        Severity severity,
        List<String> coUnits,
        @Nullable String assignee,
        Engagement engagement,
        @Nullable Instant responseDueAt,
        @Nullable Instant pressConferenceDueAt,
        @Nullable Instant firstRespondedAt,
        @Nullable Instant pausedAt,
        long pausedSeconds,
        boolean overdue,
        int transferCount,
        @Nullable Instant closedAt,
        @Nullable UUID mergedInto,
        @Nullable String rejectionReason,
        @Nullable String referredTo,
        List<CaseTransition> allowedTransitions) {

    public static CaseView from(CaseDossier dossier) {
        CaseFile c = dossier.caseFile();
        return new CaseView(c.id(), c.title(), c.topicArea(), c.status(), c.leadUnit(), c.reportCount(),
                c.openedAt(), c.updatedAt(), c.version(),
                dossier.reports().stream().map(r -> ReportView.from(r, dossier.personalDataOf(r.id()))).toList(),
                dossier.responses().stream().map(ResponseView::from).toList(),
                c.region(), c.severity() == null ? Severity.GENERAL : c.severity(), c.coUnitList(), c.assignee(),
                c.engagementSum(), c.responseDueAt(), c.pressConferenceDueAt(), c.firstRespondedAt(), c.pausedAt(),
                c.pausedSeconds(), c.overdue(), c.transferCount(), c.closedAt(), c.mergedInto(),
                c.rejectionReason(), c.referredTo(), allowedTransitions(c));
    }

    /** What a client may offer on this case now (the automatic transitions left out). */
    static List<CaseTransition> allowedTransitions(CaseFile c) {
        if (c.isMergedAway()) {
            return List.of();
        }
        return CaseTransition.allowedIn(c.status()).stream()
                .filter(t -> t != CaseTransition.ESCALATE && t != CaseTransition.MARK_OVERDUE
                        && t != CaseTransition.DECIDE_EXTENSION)
                .filter(t -> t != CaseTransition.PAUSE || !c.isPaused())
                .filter(t -> t != CaseTransition.RESUME || c.isPaused())
                .toList();
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReportView(
            UUID id,
            ReportSource source,
            @Nullable String externalId,
            String title,
            String body,
            @Nullable String url,
            @Nullable Instant occurredAt,
            Instant observedAt,
            Instant receivedAt,
            MaskedPersonalData personalData,
            @Nullable String region,
            Engagement engagement,
            @Nullable String workOrderNumber) {

        static ReportView from(Report r, PersonalData personalData) {
            return new ReportView(r.id(), r.source(), r.externalId(), r.title(), r.body(), r.url(), r.occurredAt(),
                    r.observedAt(), r.receivedAt(), MaskedPersonalData.of(personalData), r.region(), r.engagement(),
                    r.workOrderNumber());
        }
    }

    /** A report's personal data in masked form only (王**, 139****5678); empty lists when it has none. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MaskedPersonalData(
            @Nullable String name,
            List<String> phones,
            List<String> idNumbers,
            List<String> emails) {

        static MaskedPersonalData of(PersonalData full) {
            PersonalData masked = PersonalDataMasking.mask(full);
            return new MaskedPersonalData(masked.name(), masked.phones(), masked.idNumbers(), masked.emails());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResponseView(
            UUID id,
            String text,
            ResponseChannel channel,
            String publishingUnit,
            Instant publishedAt,
            @Nullable String url,
            Instant recordedAt,
            @Nullable String recordedBy,
            List<CommitmentView> commitments,
            ResponseVisibility visibility,
            @Nullable Instant dueAt,
            @Nullable Boolean onTime,
            @Nullable Long timeToRespondSeconds) {

        static ResponseView from(CaseDossier.AnsweredResponse answered) {
            var r = answered.response();
            return new ResponseView(r.id(), r.text(), r.channel(), r.publishingUnit(), r.publishedAt(), r.url(),
                    r.recordedAt(), r.recordedBy(),
                    answered.commitments().stream().map(CommitmentView::from).toList(),
                    r.visibility() == null ? ResponseVisibility.PUBLIC : r.visibility(), r.dueAt(), r.onTime(),
                    r.timeToRespondSeconds());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CommitmentView(
            UUID id,
            String content,
            String ownerUnit,
            LocalDate dueDate,
            @Nullable VerificationMethod verificationMethod,
            CommitmentStatus status,
            @Nullable String fulfilmentCheck,
            @Nullable Integer progressPercent,
            @Nullable Instant claimedAt,
            @Nullable Instant verifiedAt,
            @Nullable Boolean keptOnTime,
            @Nullable LocalDate rectificationDueDate,
            boolean flagged,
            long version) {

        static CommitmentView from(Commitment c) {
            return new CommitmentView(c.id(), c.content(), c.ownerUnit(), c.dueDate(), c.verificationMethod(),
                    c.status(), c.fulfilmentCheck(), c.progressPercent(), c.claimedAt(), c.verifiedAt(),
                    c.keptOnTime(), c.rectificationDueDate(), c.flagged(), c.version());
        }
    }
}
