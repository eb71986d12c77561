package io.responseledger.cases.casefile;

import io.responseledger.cases.personal.ReportPersonalData;
import io.responseledger.cases.personal.ReportPersonalDataRepository;
import io.responseledger.cases.report.Report;
import io.responseledger.cases.report.ReportRepository;
import io.responseledger.cases.response.Commitment;
import io.responseledger.cases.response.CommitmentRepository;
import io.responseledger.cases.response.ResponseRepository;
import io.micronaut.data.model.Sort;
import io.responseledger.contracts.PersonalData;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads a case together with its reports (and their personal data), responses and commitments. */
@Singleton
public class CaseDossiers {

    private static final Sort OLDEST_FIRST_REPORTS = Sort.of(Sort.Order.asc("receivedAt"), Sort.Order.asc("id"));
    private static final Sort OLDEST_FIRST_RESPONSES = Sort.of(Sort.Order.asc("publishedAt"),
            Sort.Order.asc("recordedAt"), Sort.Order.asc("id"));

    private final ReportRepository reports;
    private final ResponseRepository responses;
    private final CommitmentRepository commitments;
    private final ReportPersonalDataRepository personalData;

    CaseDossiers(ReportRepository reports, ResponseRepository responses, CommitmentRepository commitments,
                 ReportPersonalDataRepository personalData) {
        this.reports = reports;
        this.responses = responses;
        this.commitments = commitments;
        this.personalData = personalData;
    }

    /** The dossier of a case already read, e.g. one just changed in the current transaction. */
    public CaseDossier load(CaseFile caseFile) {
        Map<UUID, List<Commitment>> commitmentsByResponse = commitments
                .findByCaseId(caseFile.id(), Sort.of(Sort.Order.asc("position"))).stream()
                .collect(Collectors.groupingBy(Commitment::responseId));
        List<CaseDossier.AnsweredResponse> answered = responses
                .findByCaseId(caseFile.id(), OLDEST_FIRST_RESPONSES).stream()
                .map(response -> new CaseDossier.AnsweredResponse(response,
                        commitmentsByResponse.getOrDefault(response.id(), List.of())))
                .toList();
        List<Report> attached = reports.findByCaseId(caseFile.id(), OLDEST_FIRST_REPORTS);
        return new CaseDossier(caseFile, attached, answered, personalDataOf(attached));
    }

    private Map<UUID, PersonalData> personalDataOf(List<Report> attached) {
        if (attached.isEmpty()) {
            return Map.of();
        }
        return personalData.findByReportIdIn(attached.stream().map(Report::id).toList()).stream()
                .collect(Collectors.toMap(ReportPersonalData::reportId, ReportPersonalData::toPersonalData));
    }
}
