package io.responseledger.search.bench;

import io.responseledger.contracts.CaseEvent;
import io.responseledger.contracts.CaseEventType;
import io.responseledger.contracts.CaseSnapshot;
import io.responseledger.contracts.Engagement;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Synthetic cases recombined from the real citizen messages and official replies in the shared data folder
 * (read at run time, never copied): a real subject as title, a few sentences of other real messages as the
 * report, a few sentences of real replies as the response, one of them as the commitment. Codes (topic area,
 * unit, region, status) are drawn with fixed skews, so filters select realistic fractions. Deterministic for
 * a seed.
 */
final class BenchCorpus {

    static final List<String> TOPIC_AREAS = List.of("labour-wages", "housing", "urban-management", "education",
            "transport", "health", "environment", "social-security", "market-regulation", "public-safety");
    static final List<String> UNITS = List.of("市人力资源和社会保障局", "市住房和城乡建设局", "市城市管理局", "市教育局",
            "市交通运输局", "市卫生健康委员会", "市生态环境局", "市医疗保障局", "市市场监督管理局", "市公安局",
            "A1区人民政府", "A2区人民政府", "A3区人民政府", "A4区人民政府", "A5区人民政府");
    static final List<String> REGIONS = List.of("A1区", "A2区", "A3区", "A4区", "A5区", "A6区", "A7区");
    static final List<String> STATUSES = List.of("RESPONDED", "CLOSED", "ASSIGNED", "NEW", "ESCALATED");
    static final List<String> CHANNELS = List.of("政府网站", "政务微博", "新闻发布会", "政务微信", "12345热线");
    static final List<String> COMMITMENT_STATUSES = List.of("OPEN", "IN_PROGRESS", "VERIFIED", "OVERDUE",
            "CLAIMED_FULFILLED", "VERIFICATION_FAILED");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;])");

    private final List<String> subjects = new ArrayList<>();
    private final List<String> bodySentences = new ArrayList<>();
    private final List<String> replySentences = new ArrayList<>();

    private BenchCorpus() {
    }

    static BenchCorpus read(Path dataDir) throws IOException {
        BenchCorpus corpus = new BenchCorpus();
        for (String file : List.of("messages_with_replies.csv", "messages_with_votes.csv", "messages_unlabeled.csv")) {
            Path path = dataDir.resolve(file);
            if (!Files.isReadable(path)) {
                throw new IOException(path + " is not readable; the benchmark needs the shared message data");
            }
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    corpus.add(corpus.subjects, clean(row.get("留言主题")));
                    corpus.split(corpus.bodySentences, row.get("留言详情"));
                    if (row.isMapped("答复意见")) {
                        corpus.split(corpus.replySentences, row.get("答复意见"));
                    }
                }
            }
        }
        if (corpus.subjects.isEmpty() || corpus.bodySentences.isEmpty() || corpus.replySentences.isEmpty()) {
            throw new IOException("no messages found in " + dataDir);
        }
        return corpus;
    }

    int subjectCount() {
        return subjects.size();
    }

    /** The case at {@code version}: from version 2 on it carries a response (and usually a commitment). */
    CaseEvent event(Random random, UUID caseId, long version, Instant occurredAt) {
        UUID responseId = new UUID(caseId.getMostSignificantBits(), caseId.getLeastSignificantBits() ^ 1);
        UUID commitmentId = new UUID(caseId.getMostSignificantBits(), caseId.getLeastSignificantBits() ^ 2);
        String title = pick(random, subjects);
        String topicArea = skewed(random, TOPIC_AREAS);
        String unit = skewed(random, UNITS);
        Instant openedAt = occurredAt.minusSeconds(3600L * (1 + random.nextInt(24 * 400)));
        List<CaseSnapshot.Report> reports = List.of(new CaseSnapshot.Report(UUID.randomUUID(),
                ReportSource.values()[random.nextInt(ReportSource.values().length)], null, title,
                sentences(random, bodySentences, 2 + random.nextInt(5)), null, openedAt));
        List<CaseSnapshot.Response> responses = List.of();
        String status = version == 1 ? "NEW" : pick(random, STATUSES);
        if (version > 1) {
            List<CaseSnapshot.Commitment> commitments = random.nextInt(10) < 7
                    ? List.of(new CaseSnapshot.Commitment(commitmentId, pick(random, replySentences), unit,
                    LocalDate.ofInstant(openedAt, ZoneOffset.UTC).plusDays(15 + random.nextInt(60)),
                    pick(random, COMMITMENT_STATUSES)))
                    : List.of();
            Instant publishedAt = openedAt.plusSeconds(3600L * (2 + random.nextInt(24 * 20)));
            responses = List.of(new CaseSnapshot.Response(responseId,
                    sentences(random, replySentences, 2 + random.nextInt(4)), pick(random, CHANNELS), unit,
                    publishedAt, null, commitments, "PUBLIC", openedAt.plusSeconds(3600L * 24 * 7), null));
        }
        Severity severity = random.nextInt(10) < 7 ? Severity.GENERAL
                : Severity.values()[1 + random.nextInt(Severity.values().length - 1)];
        CaseSnapshot snapshot = new CaseSnapshot(caseId, title, topicArea, status, unit, openedAt, occurredAt,
                reports, responses, skewed(random, REGIONS), severity, List.of(), 1,
                new Engagement(random.nextInt(50), random.nextInt(200), random.nextInt(2000)),
                openedAt.plusSeconds(3600L * 24 * 7), random.nextInt(10) == 0, 0, null, null);
        return new CaseEvent(UUID.randomUUID(), version == 1 ? CaseEventType.CASE_OPENED : CaseEventType.RESPONSE_RECORDED,
                caseId, version, occurredAt, snapshot);
    }

    /** Earlier entries are more frequent (roughly Zipf-like), as real topic areas and units are. */
    static String skewed(Random random, List<String> values) {
        double u = random.nextDouble();
        int index = (int) Math.floor(values.size() * u * u);
        return values.get(Math.min(index, values.size() - 1));
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String sentences(Random random, List<String> pool, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pick(random, pool));
        }
        return text.toString();
    }

    private void split(List<String> target, String text) {
        for (String sentence : SENTENCE_END.split(clean(text))) {
            add(target, sentence);
        }
    }

    private void add(List<String> target, String value) {
        if (value.length() >= 4) {
            target.add(value);
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " ").strip();
    }
}
