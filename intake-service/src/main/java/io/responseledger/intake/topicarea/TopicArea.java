package io.responseledger.intake.topicarea;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One topic area (话题领域) of the taxonomy: the code travels on the wire, the name is what people read, the
 * keywords are how intake recognises a report about it.
 */
public final class TopicArea {

    private final String code;
    private final String name;
    @Nullable
    private final String parent;
    private final List<Keyword> keywords;
    private final List<Keyword> excludedKeywords;

    public TopicArea(String code, String name, @Nullable String parent, List<Keyword> keywords,
                     List<Keyword> excludedKeywords) {
        this.code = code;
        this.name = name;
        this.parent = parent;
        this.keywords = List.copyOf(keywords);
        this.excludedKeywords = List.copyOf(excludedKeywords);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The code of the broader area this one belongs to, if the taxonomy is a hierarchy. */
    @Nullable
    public String getParent() {
        return parent;
    }

    public List<Keyword> getKeywords() {
        return keywords;
    }

    /** Terms that make this area less likely, e.g. 演习 (drill) for work safety. */
    public List<Keyword> getExcludedKeywords() {
        return excludedKeywords;
    }

    @Override
    public String toString() {
        return code + " (" + name + ")";
    }
}
