package io.responseledger.intake.topicarea;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Top-1 accuracy of the topic suggestion on labelled texts. Two figures: the suggestion itself (the best-scoring
 * area, or {@code other} when nothing matched) and the routed area (after the confidence threshold sends unsure
 * reports to {@code other}), which is what a report actually gets.
 */
final class AccuracyEvaluation {

    private final TopicAreas topicAreas;
    private final TopicRouter router;

    AccuracyEvaluation(TopicAreas topicAreas, TopicRouter router) {
        this.topicAreas = topicAreas;
        this.router = router;
    }

    Result evaluate(LabelledSample sample) {
        Result result = new Result();
        result.skippedWithoutLabel = sample.skippedWithoutLabel();
        for (LabelledSample.Row row : sample.rows()) {
            RoutedTopic routed = router.route(null, row.title(), row.body());
            String suggested = routed.suggestion().suggestedArea() != null ? routed.suggestion().suggestedArea()
                    : TopicAreas.DEFAULT_CODE;
            boolean top1 = suggested.equals(row.label());
            boolean routedRight = routed.topicArea().equals(row.label());
            result.total++;
            result.top1Correct += top1 ? 1 : 0;
            result.routedCorrect += routedRight ? 1 : 0;
            result.confident += TopicRouter.DECIDED_BY_SUGGESTION.equals(routed.suggestion().decidedBy()) ? 1 : 0;
            if (!topicAreas.contains(row.label())) {
                result.unknownLabels.merge(row.label(), 1, Integer::sum);
            }
            int[] counts = result.perLabel.computeIfAbsent(row.label(), label -> new int[3]);
            counts[0]++;
            counts[1] += top1 ? 1 : 0;
            counts[2] += routedRight ? 1 : 0;
            if (!top1) {
                result.confusions.merge(row.label() + " -> " + suggested, 1, Integer::sum);
            }
        }
        return result;
    }

    static final class Result {
        int total;
        int top1Correct;
        int routedCorrect;
        int confident;
        int skippedWithoutLabel;
        /** label -> {rows, top-1 correct, routed correct} */
        final Map<String, int[]> perLabel = new TreeMap<>();
        /** "label -> suggested" -> count, wrong suggestions only */
        final Map<String, Integer> confusions = new TreeMap<>();
        final Map<String, Integer> unknownLabels = new TreeMap<>();

        double top1Accuracy() {
            return total == 0 ? 0 : (double) top1Correct / total;
        }

        double routedAccuracy() {
            return total == 0 ? 0 : (double) routedCorrect / total;
        }

        String render(int confusionLimit) {
            StringBuilder out = new StringBuilder();
            out.append(String.format("rows: %d evaluated, %d skipped (no label)%n", total, skippedWithoutLabel));
            out.append(String.format("top-1 accuracy (best-scoring area; none matched = other): %.3f (%d/%d)%n",
                    top1Accuracy(), top1Correct, total));
            out.append(String.format("routed accuracy (below the threshold = other):         %.3f (%d/%d)%n",
                    routedAccuracy(), routedCorrect, total));
            out.append(String.format("confident suggestions (decidedBy SUGGESTION):          %d of %d%n", confident,
                    total));
            if (!unknownLabels.isEmpty()) {
                out.append("labels that are not areas of the taxonomy (can never be right): ").append(unknownLabels)
                        .append(System.lineSeparator());
            }
            out.append(System.lineSeparator()).append(String.format("%-28s %6s %8s %8s %8s%n", "label", "rows",
                    "top-1", "acc", "routed"));
            perLabel.forEach((label, c) -> out.append(String.format("%-28s %6d %8d %8.3f %8.3f%n", label, c[0], c[1],
                    (double) c[1] / c[0], (double) c[2] / c[0])));
            out.append(System.lineSeparator()).append("most frequent confusions (label -> suggested: rows):")
                    .append(System.lineSeparator());
            if (confusions.isEmpty()) {
                out.append("  none").append(System.lineSeparator());
            }
            confusions.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(confusionLimit)
                    .forEach(e -> out.append(String.format("  %-50s %d%n", e.getKey(), e.getValue())));
            return out.toString();
        }
    }
}
