package io.responseledger.intake.topicarea;

import java.util.List;

/**
 * The topic areas as read from one file, in file order (ties between equally scored areas go to the earlier).
 *
 * @param source where it was read from, for messages
 * @param areas  every area, {@link TopicAreas#DEFAULT_CODE} among them
 */
public record Taxonomy(String source, List<TopicArea> areas) {

    public Taxonomy {
        areas = List.copyOf(areas);
    }
}
