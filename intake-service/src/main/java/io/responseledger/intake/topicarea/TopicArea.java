package io.responseledger.intake.topicarea;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import jakarta.validation.constraints.NotBlank;

/**
 * One topic area (话题领域) from {@code ledger.topic-areas.<code>}: the code travels on the wire, the name is
 * what people read.
 */
@EachProperty("ledger.topic-areas")
public class TopicArea {

    private final String code;
    @NotBlank
    private String name;

    public TopicArea(@Parameter String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
