package io.responseledger.intake.topicarea;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: measures the top-1 accuracy of the topic suggestion on a labelled CSV, with the same code and
 * settings the service uses, without starting it. Usage in docs/topic-areas.md; run via
 * {@code deploy/local/taxonomy-accuracy}.
 */
public final class TaxonomyAccuracy {

    private static final String USAGE = """
            usage: taxonomy-accuracy --csv FILE --label-column NAME --text-column NAME [--text-column NAME ...]
                                     [--title-column NAME] [--taxonomy FILE] [--format yaml|levels-csv]
                                     [--level N] [--threshold 0..1] [--title-weight W] [--saturation S]
                                     [--confusions N] [--repeat N]
              --text-column may also take a comma-separated list; the texts are joined as the body.
              Without --taxonomy the default taxonomy of the jar is measured.
              --repeat N evaluates the sample N more times and prints the time per text once warm.""";

    private TaxonomyAccuracy() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            System.exit(run(args, out));
        } catch (IllegalArgumentException | InvalidTaxonomyException e) {
            System.err.println("taxonomy-accuracy: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IOException e) {
            System.err.println("taxonomy-accuracy: cannot read: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args, PrintStream out) throws IOException {
        String csv = null;
        String labelColumn = null;
        String titleColumn = null;
        List<String> textColumns = new ArrayList<>();
        String taxonomyPath = null;
        String format = null;
        int level = 1;
        ScoringSettings defaults = ScoringSettings.DEFAULTS;
        double threshold = defaults.confidenceThreshold();
        double titleWeight = defaults.titleWeight();
        double saturation = defaults.saturation();
        int confusions = 15;
        int repeat = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("-h") || option.equals("--help")) {
                out.println(USAGE);
                return 0;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--csv" -> csv = value;
                case "--label-column" -> labelColumn = value;
                case "--title-column" -> titleColumn = value;
                case "--text-column" -> textColumns.addAll(List.of(value.split(",")));
                case "--taxonomy" -> taxonomyPath = value;
                case "--format" -> format = value;
                case "--level" -> level = Integer.parseInt(value);
                case "--threshold" -> threshold = Double.parseDouble(value);
                case "--title-weight" -> titleWeight = Double.parseDouble(value);
                case "--saturation" -> saturation = Double.parseDouble(value);
                case "--confusions" -> confusions = Integer.parseInt(value);
                case "--repeat" -> repeat = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (csv == null || labelColumn == null || (textColumns.isEmpty() && titleColumn == null)) {
            throw new IllegalArgumentException("--csv, --label-column and a --text-column or --title-column are required");
        }

        TopicAreas areas = new TopicAreas(new TaxonomySource(taxonomyPath, format, level).load());
        ScoringSettings scoring = new ScoringSettings(titleWeight, saturation, threshold);
        LabelledSample sample;
        try (var reader = Files.newBufferedReader(Path.of(csv), StandardCharsets.UTF_8)) {
            sample = LabelledSample.read(reader, csv, titleColumn, textColumns, labelColumn);
        }
        var evaluation = new AccuracyEvaluation(areas, new TopicRouter(areas, scoring));
        long started = System.nanoTime();
        AccuracyEvaluation.Result result = evaluation.evaluate(sample);
        long micros = (System.nanoTime() - started) / 1000;

        out.printf("taxonomy: %s (%d areas)%n", areas.source(), areas.codes().size());
        out.printf("sample:   %s%n", Path.of(csv).toAbsolutePath());
        out.printf("scoring:  threshold %.2f, title weight %.1f, saturation %.1f%n", threshold, titleWeight, saturation);
        out.print(result.render(confusions));
        out.printf("%ntime: %d rows in %d ms (including the first, unwarmed calls)%n", result.total, micros / 1000);
        if (repeat > 0 && result.total > 0) {
            long warmStarted = System.nanoTime();
            for (int i = 0; i < repeat; i++) {
                evaluation.evaluate(sample);
            }
            double perText = (System.nanoTime() - warmStarted) / 1000.0 / repeat / result.total;
            double chars = sample.rows().stream().mapToInt(r -> r.title().length() + r.body().length()).average().orElse(0);
            out.printf("suggestion_micros_per_text=%.1f (warm, %d rounds, %.0f characters per text on average)%n",
                    perText, repeat, chars);
        }
        return 0;
    }
}
