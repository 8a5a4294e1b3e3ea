package no.sentret.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every way a JSON body can be wrong into a 400 that names the field. A problem never repeats
 * the caller's value (it may be a national ID or an e-mail address), nor a property name the API does
 * not define (one could be an e-mail address too), nor Jackson's internals.
 */
public class JsonProblemMappers {

    /** A property name as our APIs spell them; any other name the caller sent is not echoed. */
    private static final java.util.regex.Pattern PROPERTY_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    @ServerExceptionMapper(priority = 1)
    public Response refused(no.sentret.platform.json.RefusedValueException e) {
        return ProblemResponses.of(Problem.forField(400, "Bad Request", orBody(path(e)), e.reason()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String field = path(e);
        java.util.Collection<Object> known = e.getKnownPropertyIds();
        String message = known == null || known.isEmpty() ? "is not a property of this request"
                : "is not a property of this request (known: " + known.stream().map(String::valueOf).sorted()
                        .collect(java.util.stream.Collectors.joining(", ")) + ")";
        if (field.isEmpty() || field.endsWith("?")) {
            // the caller's own property name is not repeated: it may be personal data
            field = field.isEmpty() || field.equals("?") ? "body" : field.substring(0, field.length() - 2);
            message = "has a property that " + message.substring(3);
        }
        return ProblemResponses.of(Problem.forField(400, "Bad Request", field, message));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e) {
        String field = path(e);
        Class<?> target = e.getTargetType();
        String message;
        if (target != null && target.isEnum()) {
            message = "must be one of " + Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else {
            message = "must be a " + typeName(target);
        }
        return ProblemResponses.of(Problem.forField(400, "Bad Request", orBody(field), message));
    }

    @ServerExceptionMapper(priority = 1)
    public Response valueInstantiation(ValueInstantiationException e) {
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
        return ProblemResponses.of(Problem.forField(400, "Bad Request", orBody(path(e)), reason));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        String field = path(e);
        String message = e.getTargetType() == null ? "has the wrong type"
                : "expected " + typeName(e.getTargetType());
        return ProblemResponses.of(Problem.forField(400, "Bad Request", field.isEmpty() ? "body" : field, message));
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e) {
        // Jackson's message quotes the offending text and names its own features: neither goes out
        String where = "malformed JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return ProblemResponses.of(Problem.of(400, "Bad Request", where, List.of(new Problem.FieldError("body", where))));
    }

    @ServerExceptionMapper(priority = 2)
    public Response otherJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? orBody(path(m)) : "body";
        return ProblemResponses.of(Problem.forField(400, "Bad Request", field, "is not valid here"));
    }

    /**
     * Quarkus REST wraps a syntax error (e.g. a truncated body) in a 400 WebApplicationException
     * before any mapper sees it; {@link RequestProblemMappers} hands the cause back here.
     */
    static Response forCause(JsonProcessingException e) {
        JsonProblemMappers mappers = new JsonProblemMappers();
        if (e instanceof no.sentret.platform.json.RefusedValueException r) {
            return mappers.refused(r);
        }
        if (e instanceof ValueInstantiationException v) {
            return mappers.valueInstantiation(v);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return mappers.unknownProperty(u);
        }
        if (e instanceof InvalidFormatException f) {
            return mappers.invalidFormat(f);
        }
        if (e instanceof MismatchedInputException m) {
            return mappers.mismatchedInput(m);
        }
        if (e instanceof JsonParseException p) {
            return mappers.malformed(p);
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamReadException r) {
            return ProblemResponses.of(Problem.of(400, "Bad Request", "malformed JSON",
                    List.of(new Problem.FieldError("body", "malformed JSON"))));
        }
        return mappers.otherJson(e);
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                // a map key or unknown name the caller chose may be personal data: "?" stands for it
                sb.append(PROPERTY_NAME.matcher(ref.getFieldName()).matches() ? ref.getFieldName() : "?");
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String orBody(String field) {
        return field.isEmpty() ? "body" : field;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "timestamp (ISO 8601, e.g. 2022-05-01T10:15:00+02:00)";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == java.time.YearMonth.class) {
            return "month (YYYY-MM)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return "object";
    }
}
