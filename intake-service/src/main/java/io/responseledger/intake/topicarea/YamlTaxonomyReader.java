package io.responseledger.intake.topicarea;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the YAML taxonomy format (see src/main/resources/taxonomy/topic-areas.yml). Works on YAML's node tree
 * rather than on plain maps so every complaint can name the line an admin has to fix.
 */
final class YamlTaxonomyReader {

    /** Codes travel in events and URLs: no spaces, nothing that needs quoting. */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,63}");
    private static final Set<String> AREA_KEYS = Set.of("code", "name", "parent", "keywords", "exclude");

    private final String source;

    private YamlTaxonomyReader(String source) {
        this.source = source;
    }

    static Taxonomy read(Reader reader, String source) {
        return new YamlTaxonomyReader(source).read(reader);
    }

    private Taxonomy read(Reader reader) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new InvalidTaxonomyException(source, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidTaxonomyException(source, 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new InvalidTaxonomyException(source, 1, "the file is empty; expected a mapping with 'areas'");
        }
        Map<String, NodeTuple> top = mapping(root, "the file", Set.of("areas"));
        NodeTuple areasEntry = top.get("areas");
        if (areasEntry == null) {
            throw fail(root, "missing 'areas', the list of topic areas");
        }
        if (!(areasEntry.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw fail(areasEntry.getValueNode(), "'areas' must be a non-empty list of topic areas");
        }

        List<TopicArea> areas = new ArrayList<>();
        Map<String, Node> codes = new LinkedHashMap<>();
        Map<String, Node> parents = new LinkedHashMap<>();
        for (Node areaNode : list.getValue()) {
            TopicArea area = area(areaNode);
            if (codes.putIfAbsent(area.getCode(), areaNode) != null) {
                throw fail(areaNode, "topic area code '" + area.getCode() + "' appears twice");
            }
            if (area.getParent() != null) {
                parents.put(area.getCode(), mapping(areaNode, "a topic area", AREA_KEYS).get("parent").getValueNode());
            }
            areas.add(area);
        }
        for (TopicArea area : areas) {
            if (area.getParent() != null && !codes.containsKey(area.getParent())) {
                throw fail(parents.get(area.getCode()), "parent '" + area.getParent() + "' of '" + area.getCode()
                        + "' is not a topic area of this file");
            }
        }
        return new Taxonomy(source, areas);
    }

    private TopicArea area(Node node) {
        Map<String, NodeTuple> fields = mapping(node, "a topic area", AREA_KEYS);
        String code = requiredText(node, fields, "code");
        if (!CODE.matcher(code).matches()) {
            throw fail(fields.get("code").getValueNode(), "code '" + code
                    + "' must be 1-64 letters, digits, '-', '_', '.' or '/', starting with a letter or digit");
        }
        String name = requiredText(node, fields, "name");
        String parent = fields.containsKey("parent") ? requiredText(node, fields, "parent") : null;
        List<Keyword> keywords = keywords(fields.get("keywords"), code);
        List<Keyword> excluded = keywords(fields.get("exclude"), code);
        return new TopicArea(code, name, parent, keywords, excluded);
    }

    private List<Keyword> keywords(NodeTuple entry, String code) {
        if (entry == null) {
            return List.of();
        }
        Node value = entry.getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
            return List.of();
        }
        if (!(value instanceof MappingNode map)) {
            throw fail(value, "keywords of '" + code + "' must be a mapping of term: weight, e.g. 拖欠工资: 3");
        }
        List<Keyword> keywords = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            String raw = scalar(tuple.getKeyNode(), "a keyword");
            String term = Terms.normalise(raw);
            if (term.isEmpty()) {
                throw fail(tuple.getKeyNode(), "empty keyword in '" + code + "'");
            }
            if (!seen.add(term)) {
                throw fail(tuple.getKeyNode(), "keyword '" + raw + "' appears twice in '" + code + "'");
            }
            String weightText = scalar(tuple.getValueNode(), "the weight of '" + raw + "'");
            double weight;
            try {
                weight = Double.parseDouble(weightText);
            } catch (NumberFormatException e) {
                throw fail(tuple.getValueNode(), "weight of '" + raw + "' must be a number, was '" + weightText + "'");
            }
            if (!(weight > 0 && weight <= 100)) {
                throw fail(tuple.getValueNode(), "weight of '" + raw + "' must be above 0 and at most 100, was "
                        + weightText);
            }
            keywords.add(new Keyword(term, weight));
        }
        return keywords;
    }

    private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowedKeys) {
        if (!(node instanceof MappingNode map)) {
            throw fail(node, what + " must be a mapping of " + String.join(", ", allowedKeys));
        }
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (!allowedKeys.contains(key)) {
                throw fail(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + "; allowed: "
                        + String.join(", ", allowedKeys.stream().sorted().toList()));
            }
            if (fields.put(key, tuple) != null) {
                throw fail(tuple.getKeyNode(), "key '" + key + "' appears twice");
            }
        }
        return fields;
    }

    private String requiredText(Node owner, Map<String, NodeTuple> fields, String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            throw fail(owner, "a topic area without '" + key + "'");
        }
        String text = scalar(tuple.getValueNode(), "'" + key + "'").strip();
        if (text.isEmpty()) {
            throw fail(tuple.getValueNode(), "'" + key + "' is empty");
        }
        return text;
    }

    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw fail(node, what + " must be a single value");
        }
        return scalar.getValue();
    }

    private InvalidTaxonomyException fail(Node node, String reason) {
        return new InvalidTaxonomyException(source, node.getStartMark().getLine() + 1, reason);
    }
}
