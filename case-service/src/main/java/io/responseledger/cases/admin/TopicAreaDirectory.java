package io.responseledger.cases.admin;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Lookup of the administered topic areas: codes (what cases carry) and Chinese names (what people read). */
@Singleton
public class TopicAreaDirectory {

    private final TopicAreaRepository areas;

    TopicAreaDirectory(TopicAreaRepository areas) {
        this.areas = areas;
    }

    /** The code a name or a code stands for: {@code 欠薪治理} and {@code wage-arrears} both give wage-arrears. */
    @ReadOnly
    public Optional<String> codeOf(String nameOrCode) {
        String key = nameOrCode.strip();
        return areas.findByName(key).map(TopicArea::code).or(() -> areas.findById(key).map(TopicArea::code));
    }

    @ReadOnly
    public boolean isKnown(String code) {
        return areas.existsById(code);
    }

    /** Every topic area's name by code, active or not: a lookup table for exports and statistics. */
    @ReadOnly
    public Map<String, String> namesByCode() {
        Map<String, String> names = new LinkedHashMap<>();
        areas.findAll().forEach(area -> names.put(area.code(), area.name()));
        return names;
    }
}
