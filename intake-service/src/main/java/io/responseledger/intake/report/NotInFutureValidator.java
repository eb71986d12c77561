package io.responseledger.intake.report;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import io.responseledger.intake.IntakeConfiguration;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

@Singleton
class NotInFutureValidator implements ConstraintValidator<NotInFuture, Instant> {

    private final Clock clock;
    private final IntakeConfiguration configuration;

    NotInFutureValidator(Clock clock, IntakeConfiguration configuration) {
        this.clock = clock;
        this.configuration = configuration;
    }

    @Override
    public boolean isValid(@Nullable Instant value,
                           @NonNull AnnotationValue<NotInFuture> annotationMetadata,
                           @NonNull ConstraintValidatorContext context) {
        // The sender's clock may run a little ahead of ours; only reject what no skew explains.
        return value == null || !value.isAfter(clock.instant().plus(configuration.getClockSkew()));
    }
}
