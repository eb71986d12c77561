package io.responseledger.search.views;

import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.responseledger.search.query.SearchBackend;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "More like this" over the response index, on the Chinese character pairs of the case titles and response
 * texts (the {@code .bigram} sub-fields: single characters are too common to tell topics apart), plus a boost
 * for responses whose case title contains the case's title as a phrase. The case's own responses are left out.
 */
@Singleton
class PrecedentsView {

    static final int MAX_LIKE_LENGTH = 5_000;
    private static final List<String> FIELDS = List.of("caseTitle.bigram", "text.bigram");

    private final SearchBackend backend;

    PrecedentsView(SearchBackend backend) {
        this.backend = backend;
    }

    Precedents forCase(UUID caseId, int size, LocalDate today) {
        @SuppressWarnings("rawtypes")
        GetResponse<Map> found = backend.get(backend.indices().casesAlias(), caseId.toString());
        if (!found.found() || found.source() == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "案件 " + caseId + " 不存在或尚未编入检索");
        }
        String title = String.valueOf(found.source().get("title"));
        StringBuilder like = new StringBuilder(title);
        if (found.source().get("reportText") instanceof List<?> reports) {
            for (Object report : reports) {
                if (like.length() >= MAX_LIKE_LENGTH) {
                    break;
                }
                like.append('\n').append(report);
            }
        }
        String text = like.length() > MAX_LIKE_LENGTH ? like.substring(0, MAX_LIKE_LENGTH) : like.toString();
        return new Precedents(caseId.toString(), cut(title), today.toString(),
                search(text, title, caseId.toString(), size, today));
    }

    Precedents forText(String text, int size, LocalDate today) {
        return new Precedents(null, cut(text), today.toString(), search(text, null, null, size, today));
    }

    private List<Precedents.Precedent> search(String like, @Nullable String title, @Nullable String excludedCase,
                                              int size, LocalDate today) {
        SearchRequest request = new SearchRequest.Builder()
                .index(backend.indices().responsesAlias())
                .size(size)
                .query(q -> q.bool(b -> {
                    b.must(m -> m.moreLikeThis(mlt -> mlt
                            .fields(FIELDS)
                            .like(l -> l.text(like))
                            .minTermFreq(1)
                            .minDocFreq(1)
                            .maxQueryTerms(50)
                            .minimumShouldMatch("20%")));
                    if (title != null) {
                        b.should(s -> s.matchPhrase(p -> p.field("caseTitle").query(title).boost(2f)));
                    }
                    if (excludedCase != null) {
                        b.mustNot(n -> n.term(t -> t.field("caseId").value(excludedCase)));
                    }
                    return b;
                }))
                .source(s -> s.filter(f -> f.includes("caseId", "responseId", "caseTitle", "text", "channel",
                        "publishingUnit", "publishedAt", "visibility", "topicArea", "commitments")))
                .build();
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = backend.search(request);
        List<Precedents.Precedent> out = new ArrayList<>();
        for (@SuppressWarnings("rawtypes") Hit<Map> hit : response.hits().hits()) {
            out.add(precedent(hit, today));
        }
        return out;
    }

    @SuppressWarnings("rawtypes")
    private static Precedents.Precedent precedent(Hit<Map> hit, LocalDate today) {
        Map s = hit.source();
        List<Precedents.Commitment> commitments = new ArrayList<>();
        Map<String, Long> kept = new LinkedHashMap<>();
        for (CommitmentOutcome outcome : CommitmentOutcome.values()) {
            kept.put(outcome.name(), 0L);
        }
        if (s.get("commitments") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> c) {
                    String due = str(c.get("dueDate"));
                    Object keptOnTime = c.get("keptOnTime");
                    CommitmentOutcome outcome = CommitmentOutcome.of(str(c.get("status")),
                            due == null ? null : LocalDate.parse(due.substring(0, 10)),
                            keptOnTime instanceof Boolean bool ? bool : null, today);
                    kept.merge(outcome.name(), 1L, Long::sum);
                    commitments.add(new Precedents.Commitment(str(c.get("commitmentId")), str(c.get("content")),
                            str(c.get("ownerUnit")), due, str(c.get("status")), outcome.name()));
                }
            }
        }
        return new Precedents.Precedent(str(s.get("caseId")), str(s.get("responseId")), str(s.get("caseTitle")),
                str(s.get("text")), str(s.get("channel")), str(s.get("publishingUnit")), str(s.get("publishedAt")),
                str(s.get("visibility")), str(s.get("topicArea")),
                hit.score() == null ? 0 : hit.score(), commitments, kept);
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
