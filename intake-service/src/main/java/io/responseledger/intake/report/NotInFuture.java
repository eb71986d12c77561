package io.responseledger.intake.report;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The instant, when present, is not later than now plus the tolerated clock skew ({@code ledger.intake.clock-skew}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface NotInFuture {

    String message() default "不能晚于当前时间";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
