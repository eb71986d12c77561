package io.responseledger.cases.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.audit.AuditAction;
import io.responseledger.cases.audit.AuditTrail;
import io.responseledger.cases.casefile.CaseAccess;
import io.responseledger.cases.casefile.CaseEvents;
import io.responseledger.cases.casefile.CaseFile;
import io.responseledger.cases.casefile.CaseFileRepository;
import io.responseledger.cases.casefile.CaseNotFoundException;
import io.responseledger.cases.casefile.CaseState;
import io.responseledger.cases.casefile.CaseTransition;
import io.responseledger.cases.casefile.CaseView;
import io.responseledger.cases.casefile.StaleCaseVersionException;
import io.responseledger.cases.security.AccessDeniedException;
import io.responseledger.cases.security.Caller;
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
    private final AuditTrail audit;
    private final Clock clock;

    ResponseRecording(CaseFileRepository cases, ResponseRepository responses, CommitmentRepository commitments,
                      CaseEvents events, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.responses = responses;
        this.commitments = commitments;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Only an officer of the case's lead unit may record its response. The case must be assigned (or already
     * responded to); it becomes RESPONDED. Commitments start OPEN. The officer is recorded as
     * {@code recordedBy} and in the audit trail.
     *
     * @throws CaseNotFoundException if there is no such case
     * @throws AccessDeniedException if the caller is not an officer of the case's lead unit
     * @throws io.responseledger.cases.casefile.IllegalCaseTransitionException if the case is in another status
     */
    @Transactional
    public CaseView record(UUID caseId, RecordResponseRequest request, Caller caller) {
        return record(caseId, request, null, caller);
    }

    /**
     * As {@link #record(UUID, RecordResponseRequest, Caller)}, refused with 409 if the case is no longer at
     * {@code expectedVersion} (If-Match). The response's timeliness is computed against the deadline in force:
     * the press-conference deadline for a press conference where there is one, the response deadline otherwise.
     */
    @Transactional
    public CaseView record(UUID caseId, RecordResponseRequest request, @Nullable Long expectedVersion,
                           Caller caller) {
        CaseFile current = cases.findByIdForUpdate(caseId).orElseThrow(() -> CaseNotFoundException.byId(caseId));
        StaleCaseVersionException.check(current, expectedVersion);
        CaseAccess.requireLeadUnitOfficer(caller, current);
        current.require(CaseTransition.RECORD_RESPONSE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        // Measured as the case stands once the response ends a running pause (the deadline moved by it).
        CaseFile responded = current.responded(request.publishedAt(), now);
        Timeliness timeliness = Timeliness.of(current, responded, request.channel(), request.publishedAt());
        Response response = responses.save(new Response(UUID.randomUUID(), caseId, request.text(), request.channel(),
                request.publishingUnit(), request.publishedAt(), request.url(), now, caller.subject(),
                request.visibility(), timeliness.dueAt(), timeliness.onTime(), timeliness.timeToRespondSeconds()));
        List<Commitment> made = new ArrayList<>(request.commitments().size());
        for (int i = 0; i < request.commitments().size(); i++) {
            var c = request.commitments().get(i);
            made.add(new Commitment(UUID.randomUUID(), caseId, response.id(), i, c.content(), c.ownerUnit(),
                    c.dueDate(), c.verificationMethod(), CommitmentStatus.OPEN, now)
                    .withFulfilmentCheck(c.fulfilmentCheck()));
        }
        commitments.saveAll(made);

        responded = cases.update(responded);
        audit.record(caseId, caller, AuditAction.RESPONSE_RECORDED, new RecordedResponse(response.id(), made.size()),
                CaseState.of(current), CaseState.of(responded));
        LOG.info("Response {} ({}) with {} commitments recorded on case {} by {} (version {})", response.id(),
                response.channel(), made.size(), caseId, caller.subject(), responded.version());
        return CaseView.from(events.announce(responded, CaseEventType.RESPONSE_RECORDED));
    }

    /** The audit detail of a recorded response. */
    @Serdeable
    record RecordedResponse(UUID responseId, int commitments) {
    }
}
