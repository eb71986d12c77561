package io.responseledger.intake.topicarea;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a hierarchical category scheme as a CSV with a header row and one column per level, most general first,
 * one row per leaf (the shape of the hotline board's 一级分类,二级分类,三级分类), and makes each distinct
 * path at the chosen level a topic area. Such a scheme has no keywords, so they are derived from the names of the
 * area and of everything under it, e.g. 园林绿化环卫 gives 园林绿化环卫, 园林, 绿化, 环卫.
 *
 * <p>Derived weights: the area's own name 3, a descendant's whole name 2, a part of a name split at connectives
 * (和, 与, 及, 、, /) 2, a two-character piece of a longer part 1; each divided by the number of areas that
 * derive the same term, so a word shared by many areas (管理, 服务) hardly counts. Generic words are dropped.
 * An area {@code other} (其他) is added when the scheme has none, for reports nothing matches.
 */
final class LevelsCsvTaxonomyReader {

    private static final Set<String> GENERIC = Set.of("其他", "其它", "管理", "建设", "问题", "工作", "服务", "政策",
            "相关", "事务", "综合", "一般", "有关", "事项", "其他问题");
    private static final String CONNECTIVES = "[和与及、/／,，()（）·\\s]+";
    static final String PATH_SEPARATOR = "/";

    private final String source;
    private final int level;

    private LevelsCsvTaxonomyReader(String source, int level) {
        this.source = source;
        this.level = level;
    }

    /**
     * @param level which level's categories become the topic areas, 1 for the most general
     */
    static Taxonomy read(Reader reader, String source, int level) {
        if (level < 1) {
            throw new InvalidTaxonomyException(source, 0, "level must be 1 or more, was " + level);
        }
        return new LevelsCsvTaxonomyReader(source, level).read(reader);
    }

    private Taxonomy read(Reader reader) {
        // Path at the chosen level -> every name at that level and below, in file order.
        Map<List<String>, Set<String>> namesByArea = new LinkedHashMap<>();
        Map<List<String>, String> ownName = new HashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            int columns = -1;
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (columns < 0) {
                    columns = record.size();
                    if (columns < level) {
                        throw new InvalidTaxonomyException(source, line, "the header has " + columns
                                + " level column(s) but areas are configured at level " + level);
                    }
                    continue;
                }
                if (record.size() != columns) {
                    throw new InvalidTaxonomyException(source, line, "expected " + columns + " columns like the header, found "
                            + record.size());
                }
                List<String> path = new ArrayList<>();
                for (int i = 0; i < level; i++) {
                    String name = record.get(i).strip();
                    if (name.isEmpty()) {
                        throw new InvalidTaxonomyException(source, line, "empty category name in column " + (i + 1));
                    }
                    path.add(name);
                }
                Set<String> names = namesByArea.computeIfAbsent(path, p -> new LinkedHashSet<>());
                ownName.putIfAbsent(path, path.get(level - 1));
                for (int i = level; i < columns; i++) {
                    String name = record.get(i).strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
            if (namesByArea.isEmpty()) {
                throw new InvalidTaxonomyException(source, 0, "no category rows below the header");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidTaxonomyException(source, "cannot be read as CSV", e);
        }

        List<Map<String, Double>> derived = new ArrayList<>();
        Map<String, Integer> areasPerTerm = new HashMap<>();
        for (Map.Entry<List<String>, Set<String>> entry : namesByArea.entrySet()) {
            Map<String, Double> terms = new LinkedHashMap<>();
            derive(ownName.get(entry.getKey()), 3, terms);
            for (String name : entry.getValue()) {
                derive(name, 2, terms);
            }
            terms.keySet().forEach(term -> areasPerTerm.merge(term, 1, Integer::sum));
            derived.add(terms);
        }

        List<TopicArea> areas = new ArrayList<>();
        int i = 0;
        for (List<String> path : namesByArea.keySet()) {
            List<Keyword> keywords = derived.get(i++).entrySet().stream()
                    .map(term -> new Keyword(term.getKey(), term.getValue() / areasPerTerm.get(term.getKey())))
                    .toList();
            // The code is the whole path: the same name (安全生产) can sit under two broader categories.
            areas.add(new TopicArea(String.join(PATH_SEPARATOR, path), String.join(" / ", path), null,
                    keywords, List.of()));
        }
        if (areas.stream().noneMatch(area -> area.getCode().equals(TopicAreas.DEFAULT_CODE))) {
            areas.add(new TopicArea(TopicAreas.DEFAULT_CODE, "其他", null, List.of(), List.of()));
        }
        return new Taxonomy(source, areas);
    }

    /** Adds the terms one category name yields, keeping the highest weight a term gets. */
    static void derive(String name, double wholeNameWeight, Map<String, Double> terms) {
        String normalised = Terms.normalise(name);
        put(normalised, wholeNameWeight, terms);
        for (String part : name.split(CONNECTIVES)) {
            String term = Terms.normalise(part);
            put(term, 2, terms);
            if (term.length() >= 4) {
                for (int i = 0; i + 2 <= term.length(); i++) {
                    put(term.substring(i, i + 2), 1, terms);
                }
            }
        }
    }

    private static void put(String term, double weight, Map<String, Double> terms) {
        if (term.length() >= 2 && !GENERIC.contains(term)) {
            terms.merge(term, weight, Math::max);
        }
    }
}
