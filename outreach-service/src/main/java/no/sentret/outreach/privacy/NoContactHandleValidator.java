package no.sentret.outreach.privacy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

public class NoContactHandleValidator implements ConstraintValidator<NoContactHandle, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        Optional<String> reason = ContactHandleDetector.find(value);
        if (reason.isEmpty()) {
            return true;
        }
        // say what kind was found, never echo it back
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(reason.get()).addConstraintViolation();
        return false;
    }
}
