package no.sentret.platform.privacy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Refuses a text that carries a national ID, e-mail address or phone number ({@link PersonalDataDetector}). */
@Documented
@Constraint(validatedBy = NoPersonalDataValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NoPersonalData {

    String message() default "must not contain personal data";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
