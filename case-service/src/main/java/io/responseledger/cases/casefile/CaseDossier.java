package io.responseledger.cases.casefile;

import io.responseledger.cases.report.Report;
import io.responseledger.cases.response.Commitment;
import io.responseledger.cases.response.Response;
import io.responseledger.cases.response.ResponseVisibility;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.contracts.PersonalData;
import io.responseledger.contracts.Severity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case with everything attached to it: its reports, and its responses with their commitments.
 *
 * @param personalData the personal data of those reports that have any, by report id, in full: views mask it,
 *                     and the snapshot that case events carry leaves it out
 */
public record CaseDossier(CaseFile caseFile, List<Report> reports, List<AnsweredResponse> responses,
                          Map<UUID, PersonalData> personalData) {

    public CaseDossier {
        personalData = Map.copyOf(personalData);
    }

    /** The personal data of a report of this case; none if it has none. */
    public PersonalData personalDataOf(UUID reportId) {
        return personalData.getOrDefault(reportId, PersonalData.none());
    }

    /** A response with the commitments made in it, in the order they were made. */
    public record AnsweredResponse(Response response, List<Commitment> commitments) {
    }

    /** The case as the event contract carries it: without personal data, which never goes into events. */
    public CaseSnapshot toSnapshot() {
        CaseFile c = caseFile;
        return new CaseSnapshot(c.id(), c.title(), c.topicArea(), c.status().name(), c.leadUnit(), c.openedAt(),
                c.updatedAt(), reports.stream().map(CaseDossier::toSnapshot).toList(),
                responses.stream().map(CaseDossier::toSnapshot).toList(),
                c.region(), c.severity() == null ? Severity.GENERAL : c.severity(), c.coUnitList(), c.reportCount(),
                c.engagementSum(), c.responseDueAt(), c.overdue(), c.transferCount(), c.closedAt(), c.mergedInto());
    }

    private static CaseSnapshot.Report toSnapshot(Report report) {
        return new CaseSnapshot.Report(report.id(), report.source(), report.externalId(), report.title(),
                report.body(), report.url(), report.observedAt());
    }

    private static CaseSnapshot.Response toSnapshot(AnsweredResponse answered) {
        Response response = answered.response();
        return new CaseSnapshot.Response(response.id(), response.text(), response.channel().name(),
                response.publishingUnit(), response.publishedAt(), response.url(),
                answered.commitments().stream().map(CaseDossier::toSnapshot).toList(),
                response.visibility() == null ? ResponseVisibility.PUBLIC.name() : response.visibility().name(),
                response.dueAt(), response.onTime());
    }

    /** Commitment tracking fields; the fulfilment check is the promised wording, else the planned method. */
    private static CaseSnapshot.Commitment toSnapshot(Commitment c) {
        String check = c.fulfilmentCheck() != null ? c.fulfilmentCheck()
                : c.verificationMethod() != null ? c.verificationMethod().name() : null;
        return new CaseSnapshot.Commitment(c.id(), c.content(), c.ownerUnit(), c.dueDate(), c.status().name(),
                check, c.progressPercent(), c.claimedAt(), c.verifiedAt(), c.keptOnTime(),
                c.rectificationDueDate(), c.flagged());
    }
}
