package io.responseledger.search.indexing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.serde.ObjectMapper;
import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.search.CaseEvents;
import io.responseledger.search.index.IndexTargets;
import io.responseledger.search.metrics.IndexingMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseEventHandlerTest {

    private final ObjectMapper json = ObjectMapper.getDefault();
    private final RecordingIndex index = new RecordingIndex();
    private final RecordingDeadLetters deadLetters = new RecordingDeadLetters();
    private final CaseEventHandler handler = new CaseEventHandler(new CaseEventDecoder(json), index, deadLetters,
            new IndexingMetrics(new SimpleMeterRegistry()));

    @Test
    void validEventIsIndexedAndNothingDeadLettered() throws IOException {
        CaseEvent event = CaseEvents.opened(UUID.randomUUID(), 1, "某小区工地拖欠工资", "工人三个月未领到工资");

        handleOne(event.caseId().toString(), json.writeValueAsBytes(event), "case.events.v1-0@7");

        assertThat(index.written).extracting(CaseEvent::eventId).containsExactly(event.eventId());
        assertThat(deadLetters.sent).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void everyEventTypeIsIndexed(CaseEventType type) throws IOException {
        CaseEvent opened = CaseEvents.opened(UUID.randomUUID(), 3, "标题", "内容");
        CaseEvent event = new CaseEvent(opened.eventId(), type, opened.caseId(), 3, opened.occurredAt(),
                opened.snapshot());

        handleOne("k", json.writeValueAsBytes(event), "case.events.v1-0@9");

        assertThat(index.written).extracting(CaseEvent::type).containsExactly(type);
        assertThat(deadLetters.sent).isEmpty();
    }

    @Test
    void eventOfATypeThisBuildDoesNotKnowIsStillIndexed() throws IOException {
        CaseEvent event = CaseEvents.opened(UUID.randomUUID(), 4, "标题", "内容");
        String withFutureType = new String(json.writeValueAsBytes(event), StandardCharsets.UTF_8)
                .replace("\"CASE_OPENED\"", "\"CASE_SOMETHING_NEW\"");

        handleOne("k", withFutureType.getBytes(StandardCharsets.UTF_8), "case.events.v1-0@10");

        assertThat(deadLetters.sent).isEmpty();
        assertThat(index.written).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo(event.eventId());
            assertThat(e.type()).isNull();
            assertThat(e.caseVersion()).isEqualTo(4);
        });
    }

    @Test
    void eventWithoutTypeIsDeadLettered() throws IOException {
        CaseEvent event = CaseEvents.opened(UUID.randomUUID(), 4, "标题", "内容");
        String withoutType = new String(json.writeValueAsBytes(event), StandardCharsets.UTF_8)
                .replace("\"type\":\"CASE_OPENED\",", "");

        handleOne("k", withoutType.getBytes(StandardCharsets.UTF_8), "case.events.v1-0@11");

        assertThat(deadLetters.sent).singleElement().satisfies(l -> assertThat(l.reason()).isEqualTo("type is missing"));
    }

    @Test
    void recordThatIsNotJsonIsDeadLetteredWithItsOriginalBytesAndReason() {
        byte[] value = "not json".getBytes(StandardCharsets.UTF_8);

        handleOne("k1", value, "case.events.v1-2@41");

        assertThat(index.written).isEmpty();
        assertThat(deadLetters.sent).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo("k1");
            assertThat(letter.value()).isEqualTo(value);
            assertThat(letter.reason()).startsWith("not a JSON CaseEvent").doesNotContain("not json");
            assertThat(letter.source()).isEqualTo("case.events.v1-2@41");
        });
    }

    @Test
    void emptyRecordIsDeadLettered() {
        handleOne("k1", null, "case.events.v1-0@1");

        assertThat(deadLetters.sent).singleElement().satisfies(l -> assertThat(l.reason()).isEqualTo("empty record value"));
    }

    @Test
    void eventWhoseSnapshotBelongsToAnotherCaseIsDeadLettered() throws IOException {
        CaseEvent valid = CaseEvents.opened(UUID.randomUUID(), 1, "标题", "内容");
        CaseEvent mismatched = new CaseEvent(valid.eventId(), valid.type(), UUID.randomUUID(), valid.caseVersion(),
                valid.occurredAt(), valid.snapshot());

        handleOne("k", json.writeValueAsBytes(mismatched), "case.events.v1-0@2");

        assertThat(index.written).isEmpty();
        assertThat(deadLetters.sent).singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("snapshot.id differs from caseId"));
    }

    @Test
    void jsonMissingTheSnapshotIsDeadLettered() {
        String partial = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"CASE_OPENED\",\"caseId\":\""
                + UUID.randomUUID() + "\",\"caseVersion\":1,\"occurredAt\":\"2024-03-01T08:00:00Z\"}";

        handleOne("k", partial.getBytes(StandardCharsets.UTF_8), "case.events.v1-0@3");

        assertThat(deadLetters.sent).singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("snapshot is missing"));
    }

    @Test
    void documentsTheIndexRefusesForGoodAreDeadLettered() throws IOException {
        CaseEvent event = CaseEvents.opened(UUID.randomUUID(), 1, "标题", "内容");
        index.refusedCases.add(event.caseId());

        handleOne("k", json.writeValueAsBytes(event), "case.events.v1-0@4");

        assertThat(deadLetters.sent).singleElement()
                .satisfies(l -> assertThat(l.reason()).contains("mapper_parsing_exception"));
    }

    @Test
    void unavailableIndexIsRetriedNotDeadLettered() throws IOException {
        index.failWith = new TransientIndexingException("Elasticsearch unreachable");
        CaseEvent event = CaseEvents.opened(UUID.randomUUID(), 1, "标题", "内容");
        byte[] value = json.writeValueAsBytes(event);

        assertThatThrownBy(() -> handleOne("k", value, "case.events.v1-0@5"))
                .isInstanceOf(TransientIndexingException.class);
        assertThat(deadLetters.sent).isEmpty();
    }

    @Test
    void unexpectedIndexingFailureIsRetriedNotDropped() throws IOException {
        index.failWith = new IllegalStateException("boom");
        CaseEvent event = CaseEvents.opened(UUID.randomUUID(), 1, "标题", "内容");
        byte[] value = json.writeValueAsBytes(event);

        // Not swallowed: the listener retries the poll instead of committing past it.
        assertThatThrownBy(() -> handleOne("k", value, "case.events.v1-0@6")).isInstanceOf(IllegalStateException.class);
        assertThat(deadLetters.sent).isEmpty();
    }

    @Test
    void pollWithAPoisonRecordDeadLettersItAndIndexesTheOthersInOneBatch() throws IOException {
        CaseEvent first = CaseEvents.opened(UUID.randomUUID(), 1, "第一件", "内容");
        CaseEvent second = CaseEvents.opened(UUID.randomUUID(), 1, "第二件", "内容");
        byte[] poison = "{\"type\":".getBytes(StandardCharsets.UTF_8);

        handler.handle(List.of(
                record("case.events.v1-0@20", first),
                new CaseEventHandler.CaseEventRecord("bad", poison, "case.events.v1-0@21"),
                record("case.events.v1-0@22", second)));

        assertThat(index.batchSizes).containsExactly(2);
        assertThat(index.written).extracting(CaseEvent::eventId).containsExactly(first.eventId(), second.eventId());
        assertThat(deadLetters.sent).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo("bad");
            assertThat(letter.value()).isEqualTo(poison);
            assertThat(letter.source()).isEqualTo("case.events.v1-0@21");
            assertThat(letter.reason()).startsWith("not a JSON CaseEvent");
        });
    }

    @Test
    void eventTheIndexRefusesIsDeadLetteredAndTheRestOfThePollIndexed() throws IOException {
        CaseEvent refused = CaseEvents.opened(UUID.randomUUID(), 1, "被拒绝", "内容");
        CaseEvent accepted = CaseEvents.opened(UUID.randomUUID(), 1, "被接受", "内容");
        index.refusedCases.add(refused.caseId());

        handler.handle(List.of(record("case.events.v1-1@5", refused), record("case.events.v1-1@6", accepted)));

        assertThat(index.written).extracting(CaseEvent::eventId).containsExactly(accepted.eventId());
        assertThat(deadLetters.sent).singleElement().satisfies(letter -> {
            assertThat(letter.source()).isEqualTo("case.events.v1-1@5");
            assertThat(letter.reason()).contains("mapper_parsing_exception");
        });
    }

    @Test
    void pollRetriedAfterAnOutageParksItsPoisonRecordOnlyOnce() throws IOException {
        CaseEvent event = CaseEvents.opened(UUID.randomUUID(), 1, "标题", "内容");
        List<CaseEventHandler.CaseEventRecord> poll = List.of(
                new CaseEventHandler.CaseEventRecord("bad", "not json".getBytes(StandardCharsets.UTF_8),
                        "case.events.v1-0@30"),
                record("case.events.v1-0@31", event));

        index.failWith = new TransientIndexingException("Elasticsearch unreachable");
        assertThatThrownBy(() -> handler.handle(poll)).isInstanceOf(TransientIndexingException.class);
        assertThatThrownBy(() -> handler.handle(poll)).isInstanceOf(TransientIndexingException.class);
        assertThat(deadLetters.sent).isEmpty();

        index.failWith = null;
        handler.handle(poll);

        assertThat(deadLetters.sent).extracting(DeadLetter::source).containsExactly("case.events.v1-0@30");
        assertThat(index.written).extracting(CaseEvent::eventId).containsExactly(event.eventId());
    }

    @Test
    void recordIsRetriedWhenTheDeadLetterTopicCannotTakeIt() {
        deadLetters.failWith = new RuntimeException("broker down");

        assertThatThrownBy(() -> handleOne("k", "not json".getBytes(StandardCharsets.UTF_8), "case.events.v1-0@8"))
                .isInstanceOf(TransientIndexingException.class);
    }

    private void handleOne(String key, byte[] value, String source) {
        handler.handle(List.of(new CaseEventHandler.CaseEventRecord(key, value, source)));
    }

    private CaseEventHandler.CaseEventRecord record(String source, CaseEvent event) throws IOException {
        return new CaseEventHandler.CaseEventRecord(event.caseId().toString(), json.writeValueAsBytes(event), source);
    }

    /** Takes every batch as written, or fails it, or refuses the events of chosen cases; one outcome each. */
    private static final class RecordingIndex implements CaseIndex {
        final List<CaseEvent> written = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();
        final Set<UUID> refusedCases = new HashSet<>();
        RuntimeException failWith;

        @Override
        public List<Outcome> write(List<CaseEvent> events) {
            if (failWith != null) {
                throw failWith;
            }
            batchSizes.add(events.size());
            List<Outcome> outcomes = new ArrayList<>();
            for (CaseEvent event : events) {
                if (refusedCases.contains(event.caseId())) {
                    outcomes.add(Outcome.refused("index refused a document: 400 mapper_parsing_exception"));
                } else {
                    written.add(event);
                    outcomes.add(new Outcome(Result.WRITTEN, 1, 0, null));
                }
            }
            return outcomes;
        }

        @Override
        public List<Outcome> write(List<CaseEvent> events, IndexTargets targets) {
            return write(events);
        }
    }

    record DeadLetter(String key, byte[] value, String reason, String source) {
    }

    private static final class RecordingDeadLetters implements DeadLetterClient {
        final List<DeadLetter> sent = new ArrayList<>();
        RuntimeException failWith;

        @Override
        public void send(String key, byte[] value, String reason, String source) {
            if (failWith != null) {
                throw failWith;
            }
            sent.add(new DeadLetter(key, value, reason, source));
        }
    }
}
