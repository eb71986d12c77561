package io.responseledger.intake.topicarea;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every topic area of a taxonomy against a report's title and body and names the best one.
 *
 * <p>Score of an area: for each of its terms found, weight x (titleWeight if in the title, plus 1 if in the
 * body); an excluded term found subtracts the same way; never below 0. A term counts once per field however
 * often it repeats, so a long body that repeats one word does not outweigh a title. Confidence of the best area
 * with score s1, all scores summing to S: {@code (s1 / S) * (s1 / (s1 + saturation))}: the first factor is how
 * much of the evidence points to this area rather than another, the second how much evidence there is at all.
 */
final class TopicSuggester {

    private final List<TopicArea> areas;
    private final String[] terms;
    /** Per term id: the areas it counts for and its signed weight in each (negative when excluded). */
    private final int[][] termAreas;
    private final double[][] termWeights;
    private final KeywordAutomaton automaton;
    private final ScoringSettings settings;

    TopicSuggester(List<TopicArea> areas, ScoringSettings settings) {
        this.areas = List.copyOf(areas);
        this.settings = settings;
        Map<String, Integer> ids = new HashMap<>();
        List<String> termList = new ArrayList<>();
        List<List<double[]>> uses = new ArrayList<>();
        for (int a = 0; a < this.areas.size(); a++) {
            TopicArea area = this.areas.get(a);
            for (Keyword keyword : area.getKeywords()) {
                register(keyword.term(), a, keyword.weight(), ids, termList, uses);
            }
            for (Keyword keyword : area.getExcludedKeywords()) {
                register(keyword.term(), a, -keyword.weight(), ids, termList, uses);
            }
        }
        this.terms = termList.toArray(String[]::new);
        this.termAreas = new int[terms.length][];
        this.termWeights = new double[terms.length][];
        for (int id = 0; id < terms.length; id++) {
            List<double[]> use = uses.get(id);
            termAreas[id] = use.stream().mapToInt(u -> (int) u[0]).toArray();
            termWeights[id] = use.stream().mapToDouble(u -> u[1]).toArray();
        }
        this.automaton = KeywordAutomaton.compile(termList);
    }

    private static void register(String term, int area, double weight, Map<String, Integer> ids,
                                 List<String> termList, List<List<double[]>> uses) {
        int id = ids.computeIfAbsent(term, t -> {
            termList.add(t);
            uses.add(new ArrayList<>());
            return termList.size() - 1;
        });
        uses.get(id).add(new double[] {area, weight});
    }

    Suggestion suggest(@Nullable String title, @Nullable String body) {
        BitSet inTitle = new BitSet(terms.length);
        BitSet inBody = new BitSet(terms.length);
        automaton.scan(Terms.normalise(title), inTitle::set);
        automaton.scan(Terms.normalise(body), inBody::set);
        BitSet found = (BitSet) inTitle.clone();
        found.or(inBody);
        if (found.isEmpty()) {
            return Suggestion.NONE;
        }

        double[] scores = new double[areas.size()];
        for (int id = found.nextSetBit(0); id >= 0; id = found.nextSetBit(id + 1)) {
            double fields = fieldFactor(id, inTitle, inBody);
            for (int i = 0; i < termAreas[id].length; i++) {
                scores[termAreas[id][i]] += termWeights[id][i] * fields;
            }
        }
        int best = -1;
        double total = 0;
        for (int a = 0; a < scores.length; a++) {
            scores[a] = Math.max(0, scores[a]);
            total += scores[a];
            // Strictly greater: on a tie the area listed first in the taxonomy wins, predictably.
            if (scores[a] > 0 && (best < 0 || scores[a] > scores[best])) {
                best = a;
            }
        }
        if (best < 0) {
            return Suggestion.NONE;
        }
        double top = scores[best];
        double confidence = (top / total) * (top / (top + settings.saturation()));
        return new Suggestion(areas.get(best).getCode(), Math.round(confidence * 1000) / 1000.0,
                matchedTerms(best, found, inTitle, inBody));
    }

    private double fieldFactor(int id, BitSet inTitle, BitSet inBody) {
        return (inTitle.get(id) ? settings.titleWeight() : 0) + (inBody.get(id) ? 1 : 0);
    }

    private List<String> matchedTerms(int area, BitSet found, BitSet inTitle, BitSet inBody) {
        record Contribution(String term, double value) {
        }
        List<Contribution> contributions = new ArrayList<>();
        for (int id = found.nextSetBit(0); id >= 0; id = found.nextSetBit(id + 1)) {
            for (int i = 0; i < termAreas[id].length; i++) {
                if (termAreas[id][i] == area && termWeights[id][i] > 0) {
                    contributions.add(new Contribution(terms[id], termWeights[id][i] * fieldFactor(id, inTitle, inBody)));
                }
            }
        }
        contributions.sort(Comparator.comparingDouble(Contribution::value).reversed()
                .thenComparing(Contribution::term));
        return contributions.stream().map(Contribution::term).toList();
    }
}
