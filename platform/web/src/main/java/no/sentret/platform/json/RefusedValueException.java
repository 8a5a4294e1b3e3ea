package no.sentret.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value the kit refuses (a date out of range, a number where ISO text is documented, a control
 * character in a string). Its message says what is expected and never repeats the value: it may be
 * personal data. Jackson adds the field's path as the exception travels up through the objects.
 */
public class RefusedValueException extends JsonMappingException {

    private final String reason;

    public RefusedValueException(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    /** What is wrong with the value, in the API's words (no value in it). */
    public String reason() {
        return reason;
    }
}
