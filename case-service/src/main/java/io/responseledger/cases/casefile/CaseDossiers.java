package io.responseledger.cases.casefile;

import io.responseledger.cases.report.ReportRepository;
import io.responseledger.cases.response.Commitment;
import io.responseledger.cases.response.CommitmentRepository;
import io.responseledger.cases.response.ResponseRepository;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads a case together with its reports, responses and commitments. */
@Singleton
public class CaseDossiers {

    private static final Sort OLDEST_FIRST_REPORTS = Sort.of(Sort.Order.asc("receivedAt"), Sort.Order.asc("id"));
    private static final Sort OLDEST_FIRST_RESPONSES = Sort.of(Sort.Order.asc("publishedAt"),
            Sort.Order.asc("recordedAt"), Sort.Order.asc("id"));

    private final CaseFileRepository cases;
    private final ReportRepository reports;
    private final ResponseRepository responses;
    private final CommitmentRepository commitments;

    CaseDossiers(CaseFileRepository cases, ReportRepository reports, ResponseRepository responses,
                 CommitmentRepository commitments) {
        this.cases = cases;
        this.reports = reports;
        this.responses = responses;
        this.commitments = commitments;
    }

    public Optional<CaseDossier> find(UUID caseId) {
        return cases.findById(caseId).map(this::load);
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
        return new CaseDossier(caseFile, reports.findByCaseId(caseFile.id(), OLDEST_FIRST_REPORTS), answered);
    }
}
