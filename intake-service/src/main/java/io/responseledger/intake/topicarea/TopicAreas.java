package io.responseledger.intake.topicarea;

import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configured topic areas, looked up by code. */
@Singleton
public class TopicAreas {

    /** Where a report goes when nobody has chosen a topic area; the event contract relies on it. */
    public static final String DEFAULT_CODE = "other";

    private final Map<String, TopicArea> byCode;

    TopicAreas(Collection<TopicArea> topicAreas) {
        this.byCode = topicAreas.stream()
                .collect(Collectors.toMap(TopicArea::getCode, Function.identity(), (a, b) -> a, TreeMap::new));
        if (!byCode.containsKey(DEFAULT_CODE)) {
            throw new ConfigurationException("ledger.topic-areas must define the default topic area '"
                    + DEFAULT_CODE + "'; configured: " + byCode.keySet());
        }
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<TopicArea> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every configured code, sorted. */
    public Collection<String> codes() {
        return byCode.keySet();
    }
}
