package no.sentret.stats.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.sentret.stats.facts.ColumnSizes;

/**
 * The contract's checks of single fields ({@link JsonFields}), each refusal naming the field as the dead letter
 * shows it ({@code payload.} for a payload field where the contract names it so).
 */
final class FieldChecks {

    /** RFC 3339 (the envelope's date-time format) has four-digit years; java.time would accept more */
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");

    private FieldChecks() {
    }

    /** The payload's clientCode (may be null), which must agree with the envelope's. */
    static String payloadCode(JsonFields p, String envelopeCode) throws InvalidEventException {
        String code = code(p, "clientCode", false);
        if (code != null && envelopeCode != null && !code.equals(envelopeCode)) {
            throw new InvalidEventException("payload.clientCode: differs from the envelope's clientCode");
        }
        return code;
    }

    static String oneOf(JsonFields p, String field, List<String> allowed, boolean required) throws InvalidEventException {
        String v = text("payload." + field, p.get(field), required);
        if (v != null && !allowed.contains(v)) {
            throw new InvalidEventException("payload." + field + ": not one of " + allowed);
        }
        return v;
    }

    static List<String> oneOfEach(JsonFields p, String field, List<String> allowed) throws InvalidEventException {
        if (!(p.get(field) instanceof List<?> items)) {
            throw new InvalidEventException("payload." + field + ": must be an array");
        }
        List<String> values = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String value) || !allowed.contains(value)) {
                throw new InvalidEventException("payload." + field + ": not one of " + allowed);
            }
            if (values.contains(value)) {
                throw new InvalidEventException("payload." + field + ": repeats " + value);
            }
            values.add(value);
        }
        return values;
    }

    static int integer(JsonFields p, String field, int min, int max) throws InvalidEventException {
        if (!(p.get(field) instanceof Integer v) || v < min || v > max) {
            throw new InvalidEventException("payload." + field + ": must be an integer " + min + "-" + max);
        }
        return v;
    }

    /** a payload date: {@code payload.<field>: must be YYYY-MM-DD} unless it is one with a year 1-9999 */
    static LocalDate date(JsonFields p, String field) throws InvalidEventException {
        return date("payload." + field, text("payload." + field, p.get(field), true));
    }

    /** {@code v} as a date with a year 1-9999, or {@code <named>: must be YYYY-MM-DD} */
    static LocalDate date(String named, String v) throws InvalidEventException {
        LocalDate date;
        try {
            date = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(named + ": must be YYYY-MM-DD");
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new InvalidEventException(named + ": must be YYYY-MM-DD");
        }
        return date;
    }

    static String text(JsonFields node, String field, boolean required) throws InvalidEventException {
        return text(field, node.get(field), required);
    }

    static String text(String field, Object v, boolean required) throws InvalidEventException {
        if (v == null || v == JsonFields.NULL) {
            if (required) {
                throw new InvalidEventException(field + ": required");
            }
            return null;
        }
        if (!(v instanceof String text) || text.isBlank()) {
            throw new InvalidEventException(field + ": must be a non-empty string");
        }
        if (text.indexOf('\u0000') >= 0) {
            // JSON allows it, PostgreSQL's text does not: refused here, so the rows and the projection both leave it out
            throw new InvalidEventException(field + ": contains the NUL character");
        }
        return text;
    }

    static String code(JsonFields node, String field, boolean required) throws InvalidEventException {
        String code = text(node, field, required);
        if (code != null && !isCode(code)) {
            throw new InvalidEventException(field + ": not a client code");
        }
        return code;
    }

    /**
     * What {@code [A-Za-z0-9_-]{1,CLIENT_CODE}} matches, without a regex: two codes an event, and the Matcher was
     * a tenth of the parse (JFR of the parse alone, bench/README.md step 10). No character outside ASCII
     * qualifies, so counting chars is counting code points here.
     */
    static boolean isCode(String v) {
        int n = v.length();
        if (n < 1 || n > ColumnSizes.CLIENT_CODE) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** the payload's id, named {@code payload.id} */
    static UUID id(JsonFields p) throws InvalidEventException {
        return uuid("payload.id", p.get("id"));
    }

    static UUID uuid(String field, Object v) throws InvalidEventException {
        if (!(v instanceof String text)) {
            throw new InvalidEventException(field + ": required UUID");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(field + ": not a UUID");
        }
    }

    static Instant instant(JsonFields node, String field) throws InvalidEventException {
        String v = text(node, field, true);
        Instant instant;
        try {
            instant = Rfc3339.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + ": not an ISO 8601 instant");
        }
        // a year beyond 9999 would fail later in the Oslo calendar or in PostgreSQL, not as a dead letter
        if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(AFTER_LAST_INSTANT)) {
            throw new InvalidEventException(field + ": year must be " + MIN_YEAR + "-" + MAX_YEAR);
        }
        return instant;
    }
}
