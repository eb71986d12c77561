package io.responseledger.intake.report;

/** The way a report came in; a label on metrics and logs, never a difference in how it is handled. */
public enum Channel {
    /** {@code POST /api/v1/reports}, one report from a monitor. */
    REST("rest"),
    /** {@code POST /api/v1/reports/batch}, up to 1,000 reports from a monitor's tool. */
    BATCH("batch"),
    /** {@code POST /api/v1/hotline/messages}, the hotline platform's signed webhook. */
    HOTLINE_WEBHOOK("hotline-webhook"),
    /** The topic {@code hotline.messages.raw.v1}, where the hotline platform publishes. */
    HOTLINE_TOPIC("hotline-topic");

    private final String tag;

    Channel(String tag) {
        this.tag = tag;
    }

    /** The value of the {@code channel} tag of the intake metrics. */
    public String tag() {
        return tag;
    }
}
