package io.responseledger.intake.topicarea;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value, when present, is the code of a configured topic area. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface KnownTopicArea {

    String message() default "不是已配置的话题领域代码";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
