package io.responseledger.intake.topicarea;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The topic areas of the loaded taxonomy, looked up by code. */
public class TopicAreas {

    /** Where a report goes when nobody has chosen a topic area; the event contract relies on it. */
    public static final String DEFAULT_CODE = "other";

    private final Taxonomy taxonomy;
    private final Map<String, TopicArea> byCode;
    private final Collection<String> sortedCodes;

    public TopicAreas(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        Map<String, TopicArea> areas = new LinkedHashMap<>();
        taxonomy.areas().forEach(area -> areas.putIfAbsent(area.getCode(), area));
        if (!areas.containsKey(DEFAULT_CODE)) {
            throw new InvalidTaxonomyException(taxonomy.source(), 0, "no topic area '" + DEFAULT_CODE
                    + "': reports that match nothing are routed there");
        }
        this.byCode = Collections.unmodifiableMap(areas);
        this.sortedCodes = Collections.unmodifiableSet(new TreeSet<>(areas.keySet()));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<TopicArea> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every configured code, sorted. */
    public Collection<String> codes() {
        return sortedCodes;
    }

    /** Every area in taxonomy order. */
    public List<TopicArea> all() {
        return List.copyOf(byCode.values());
    }

    /** Where the taxonomy was read from. */
    public String source() {
        return taxonomy.source();
    }
}
