package io.responseledger.intake.hotline;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** Settings under {@code ledger.hotline.webhook}. */
@ConfigurationProperties("ledger.hotline.webhook")
public interface HotlineWebhookConfiguration {

    /**
     * The secret shared with the hotline platform for the HMAC signatures ({@code LEDGER_HOTLINE_WEBHOOK_SECRET}).
     * Without one the webhook accepts nothing.
     */
    @Nullable
    String getSecret();

    /** How far a message's timestamp may lie from our clock, either way; also how long signatures are remembered. */
    @Bindable(defaultValue = "5m")
    Duration getWindow();

    /** How many signatures one instance remembers at most within the window. */
    @Bindable(defaultValue = "100000")
    @Min(1)
    int getReplayMemory();
}
