package no.sentret.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 7807 problem details. {@code errors} names each field at fault (a JSON pointer-like dotted
 * path such as {@code activities[1]}) and why.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, null, errors == null ? List.of() : errors);
    }

    public static Problem forField(int status, String title, String field, String message) {
        return of(status, title, field + ": " + message, List.of(new FieldError(field, message)));
    }
}
