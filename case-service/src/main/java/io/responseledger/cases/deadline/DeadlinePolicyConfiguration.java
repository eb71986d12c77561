package io.responseledger.cases.deadline;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.List;

/** A deadline policy from configuration: {@code ledger.deadlines.policies.<name>.*} (application.yml). */
@EachProperty("ledger.deadlines.policies")
public class DeadlinePolicyConfiguration {

    private final String name;
    private List<String> severities = List.of();
    private List<String> channels = List.of();
    private Duration responseWithin;
    private Counting counting = Counting.CALENDAR_TIME;
    @Nullable
    private Duration pressConferenceWithin;

    public DeadlinePolicyConfiguration(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public List<String> getSeverities() {
        return severities;
    }

    public void setSeverities(List<String> severities) {
        this.severities = severities;
    }

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels;
    }

    public Duration getResponseWithin() {
        return responseWithin;
    }

    public void setResponseWithin(Duration responseWithin) {
        this.responseWithin = responseWithin;
    }

    public Counting getCounting() {
        return counting;
    }

    public void setCounting(Counting counting) {
        this.counting = counting;
    }

    @Nullable
    public Duration getPressConferenceWithin() {
        return pressConferenceWithin;
    }

    public void setPressConferenceWithin(@Nullable Duration pressConferenceWithin) {
        this.pressConferenceWithin = pressConferenceWithin;
    }
}
