package io.responseledger.intake.report;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import io.responseledger.intake.IntakeConfiguration;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

@Singleton
class NotInFutureValidator implements ConstraintValidator<NotInFuture, Instant> {

    private final Clock clock;
    /**
     * Read once: the configuration bean converts its text value to a {@code Duration} on every call, which showed
     * up in the profile at one call per report.
     */
    private final Duration clockSkew;

    NotInFutureValidator(Clock clock, IntakeConfiguration configuration) {
        this.clock = clock;
        this.clockSkew = configuration.getClockSkew();
    }

    @Override
    public boolean isValid(@Nullable Instant value,
                           @NonNull AnnotationValue<NotInFuture> annotationMetadata,
                           @NonNull ConstraintValidatorContext context) {
        // The sender's clock may run a little ahead of ours; only reject what no skew explains.
        return value == null || !value.isAfter(clock.instant().plus(clockSkew));
    }
}
