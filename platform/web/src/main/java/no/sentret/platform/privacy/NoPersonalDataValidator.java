package no.sentret.platform.privacy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

public class NoPersonalDataValidator implements ConstraintValidator<NoPersonalData, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        Optional<String> reason = PersonalDataDetector.find(value);
        if (reason.isEmpty()) {
            return true;
        }
        // say which kind of personal data was found, never echo it back
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(reason.get()).addConstraintViolation();
        return false;
    }
}
