package io.responseledger.intake.report;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value, when present, is an absolute http or https URL with a host. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface HttpUrl {

    String message() default "必须是 http 或 https 开头的完整网址";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
