package io.responseledger.intake.topicarea;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

@Singleton
class KnownTopicAreaValidator implements ConstraintValidator<KnownTopicArea, String> {

    private final TopicAreas topicAreas;

    KnownTopicAreaValidator(TopicAreas topicAreas) {
        this.topicAreas = topicAreas;
    }

    @Override
    public boolean isValid(@Nullable String value,
                           @NonNull AnnotationValue<KnownTopicArea> annotationMetadata,
                           @NonNull ConstraintValidatorContext context) {
        if (value == null || topicAreas.contains(value)) {
            return true;
        }
        // Naming the valid codes saves the caller a trip to the configuration.
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(
                        "不是已配置的话题领域代码，可选：" + String.join(", ", topicAreas.codes()))
                .addConstraintViolation();
        return false;
    }
}
