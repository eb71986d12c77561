package io.responseledger.search.indexing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseSnapshot;
import jakarta.inject.Singleton;

import java.io.IOException;

/** Turns the raw value of a case-event record into a {@link CaseEvent} that is complete enough to index. */
@Singleton
class CaseEventDecoder {

    private final JsonMapper json;

    CaseEventDecoder(JsonMapper json) {
        this.json = json;
    }

    CaseEvent decode(@Nullable byte[] payload) throws InvalidCaseEventException {
        if (payload == null || payload.length == 0) {
            throw new InvalidCaseEventException("empty record value");
        }
        CaseEvent event;
        try {
            event = json.readValue(payload, CaseEvent.class);
        } catch (IOException | RuntimeException e) {
            // The parser's message can quote the payload; the reason names only the failure's kind.
            throw new InvalidCaseEventException("not a JSON CaseEvent (" + e.getClass().getSimpleName() + ")");
        }
        if (event == null) {
            throw new InvalidCaseEventException("not a JSON CaseEvent (null)");
        }
        validate(event);
        return event;
    }

    private static void validate(CaseEvent event) throws InvalidCaseEventException {
        require(event.eventId() != null, "eventId is missing");
        require(event.type() != null, "type is missing");
        require(event.caseId() != null, "caseId is missing");
        require(event.caseVersion() >= 0, "caseVersion is negative");
        CaseSnapshot snapshot = event.snapshot();
        require(snapshot != null, "snapshot is missing");
        require(event.caseId().equals(snapshot.id()), "snapshot.id differs from caseId");
        require(notBlank(snapshot.title()), "snapshot.title is missing");
        require(notBlank(snapshot.topicArea()), "snapshot.topicArea is missing");
        require(notBlank(snapshot.status()), "snapshot.status is missing");
        require(snapshot.openedAt() != null, "snapshot.openedAt is missing");
        require(snapshot.updatedAt() != null, "snapshot.updatedAt is missing");
        for (CaseSnapshot.Report report : SearchDocuments.nullToEmpty(snapshot.reports())) {
            require(report != null, "snapshot.reports contains null");
        }
        for (CaseSnapshot.Response response : SearchDocuments.nullToEmpty(snapshot.responses())) {
            require(response != null, "snapshot.responses contains null");
            require(response.id() != null, "a response has no id");
            require(notBlank(response.text()), "response " + response.id() + " has no text");
            for (CaseSnapshot.Commitment commitment : SearchDocuments.nullToEmpty(response.commitments())) {
                require(commitment != null && commitment.id() != null,
                        "response " + response.id() + " has a commitment without id");
            }
        }
    }

    private static boolean notBlank(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean condition, String reason) throws InvalidCaseEventException {
        if (!condition) {
            throw new InvalidCaseEventException(reason);
        }
    }
}
