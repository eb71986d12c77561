package io.responseledger.search.indexing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.CaseSnapshot;
import jakarta.inject.Singleton;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the raw value of a case-event record into a {@link CaseEvent} that is complete enough to index.
 *
 * <p>Every event carries the whole case, so the index needs no knowledge of the event type: an event whose
 * type this build does not know yet (a newer case service) is indexed like any other, with {@code type} null,
 * instead of being dead-lettered. Only records that are not a complete case event go to the dead-letter topic.
 */
@Singleton
public class CaseEventDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(CaseEventDecoder.class);
    private static final Set<String> KNOWN_TYPES = Arrays.stream(CaseEventType.values())
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final JsonMapper json;

    CaseEventDecoder(JsonMapper json) {
        this.json = json;
    }

    public CaseEvent decode(@Nullable byte[] payload) throws InvalidCaseEventException {
        if (payload == null || payload.length == 0) {
            throw new InvalidCaseEventException("empty record value");
        }
        CaseEvent event;
        try {
            JsonNode tree = json.readValue(payload, JsonNode.class);
            if (tree == null || !tree.isObject()) {
                throw new InvalidCaseEventException("not a JSON CaseEvent (not an object)");
            }
            JsonNode type = tree.get("type");
            require(type != null && type.isString() && !type.getStringValue().isBlank(), "type is missing");
            if (!KNOWN_TYPES.contains(type.getStringValue())) {
                LOG.info("Case event type {} is unknown to this build; indexing its snapshot all the same",
                        type.getStringValue().length() > 64 ? type.getStringValue().substring(0, 64) : type.getStringValue());
                tree = withoutType(tree);
            }
            event = json.readValueFromTree(tree, CaseEvent.class);
        } catch (InvalidCaseEventException e) {
            throw e;
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

    private static JsonNode withoutType(JsonNode tree) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : tree.entries()) {
            if (!"type".equals(field.getKey())) {
                fields.put(field.getKey(), field.getValue());
            }
        }
        return JsonNode.createObjectNode(fields);
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
