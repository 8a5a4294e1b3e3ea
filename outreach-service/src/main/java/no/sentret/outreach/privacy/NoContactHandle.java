package no.sentret.outreach.privacy;

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

/**
 * Refuses a text that carries a social-media handle, a profile or chat link, or a phone number
 * written with separators ({@link ContactHandleDetector}); used beside the kit's @NoPersonalData.
 */
@Documented
@Constraint(validatedBy = NoContactHandleValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NoContactHandle {

    String message() default "must not contain a handle or contact link";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
