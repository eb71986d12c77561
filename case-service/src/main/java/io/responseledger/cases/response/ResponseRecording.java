package io.responseledger.cases.response;

import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.casefile.CaseEvents;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseNotFoundException;
import io.responseledger.cases.casefile.CaseTransition;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.contracts.CaseEventType;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records an official response on a case, with the commitments it makes. */
@Singleton
public class ResponseRecording {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseRecording.class);

    private final CaseFileRepository cases;
    private final ResponseRepository responses;
    private final CommitmentRepository commitments;
    private final CaseEvents events;
    private final Clock clock;

    ResponseRecording(CaseFileRepository cases, ResponseRepository responses, CommitmentRepository commitments,
                      CaseEvents events, Clock clock) {
        this.cases = cases;
        this.responses = responses;
        this.commitments = commitments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The case must be assigned (or already responded to); it becomes RESPONDED. Commitments start OPEN.
     *
     * @throws CaseNotFoundException if there is no such case
     * @throws io.responseledger.cases.casefile.IllegalCaseTransitionException if the case is in another status
     */
    @Transactional
    public CaseView record(UUID caseId, RecordResponseRequest request) {
        CaseFile current = cases.findByIdForUpdate(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
        current.require(CaseTransition.RECORD_RESPONSE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        Response response = responses.save(new Response(UUID.randomUUID(), caseId, request.text(), request.channel(),
                request.publishingUnit(), request.publishedAt(), request.url(), now));
        List<Commitment> made = new ArrayList<>(request.commitments().size());
        for (int i = 0; i < request.commitments().size(); i++) {
            var c = request.commitments().get(i);
            made.add(new Commitment(UUID.randomUUID(), caseId, response.id(), i, c.content(), c.ownerUnit(),
                    c.dueDate(), c.verificationMethod(), CommitmentStatus.OPEN, now));
        }
        commitments.saveAll(made);

        CaseFile responded = cases.update(current.responded(now));
        LOG.info("Response {} ({}) with {} commitments recorded on case {} (version {})", response.id(),
                response.channel(), made.size(), caseId, responded.version());
        return CaseView.from(events.announce(responded, CaseEventType.RESPONSE_RECORDED));
    }
}
