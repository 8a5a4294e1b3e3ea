package no.sentret.stats.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.sentret.stats.facts.Area;
import no.sentret.stats.facts.ColumnSizes;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.ServiceTypes;

/**
 * Reads one record value against the event contract (openapi/events/README.md). Anything the
 * contract does not allow is an {@link InvalidEventException} naming the field; unknown payload
 * fields are ignored so producers can add fields without breaking the statistics. Values are also
 * checked against what the tables can hold ({@link ColumnSizes}, four-digit years), so an event the
 * database would refuse is a dead letter here instead of a failing batch.
 */
@ApplicationScoped
public class EventParser {

    static final Set<String> GENDERS = Set.of("WOMAN", "MAN", "TRANS_WOMAN", "TRANS_MAN", "NON_BINARY", "NOT_STATED");
    static final Set<String> AGE_GROUPS = Set.of("UNDER_18", "18-25", "26-30", "31-35", "36-40", "41-45", "46-50",
            "51-55", "56-60", "61+");
    private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + ColumnSizes.CLIENT_CODE + "}");
    /** RFC 3339 (the envelope's date-time format) has four-digit years; java.time would accept more */
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");

    private final ObjectMapper mapper = new ObjectMapper();

    public ParsedEvent parse(String value) throws InvalidEventException {
        if (value == null) {
            throw new InvalidEventException("record: empty value");
        }
        JsonNode root;
        try {
            root = mapper.readTree(value);
        } catch (IOException e) {
            throw new InvalidEventException("record: not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidEventException("record: not a JSON object");
        }
        UUID eventId = uuid(root, "eventId");
        String type = text(root, "type", true);
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != 1) {
            throw new InvalidEventException("schemaVersion: must be 1");
        }
        Instant occurredAt = instant(root, "occurredAt");
        String source = text(root, "source", true);
        String envelopeCode = code(root, "clientCode", false);
        JsonNode payload = root.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new InvalidEventException("payload: must be an object");
        }
        return new ParsedEvent(eventId, type, fact(type, source, occurredAt, envelopeCode, payload));
    }

    private Fact fact(String type, String source, Instant occurredAt, String envelopeCode, JsonNode p) throws InvalidEventException {
        Area recorded = ServiceTypes.recorded(type);
        Area voided = ServiceTypes.voided(type);
        if (recorded != null || voided != null) {
            Area area = recorded != null ? recorded : voided;
            UUID id = uuid(p, "payload.id", p.get("id"));
            String code = code(p, "clientCode", false);
            if (code != null && envelopeCode != null && !code.equals(envelopeCode)) {
                throw new InvalidEventException("payload.clientCode: differs from the envelope's clientCode");
            }
            if (code == null && !area.countsAnonymous()) {
                return new Fact.NoFigures(type + " without a client code is not a service event");
            }
            // only a service event stores its source; other events may carry any source
            if (source.codePointCount(0, source.length()) > ColumnSizes.SOURCE) {
                throw new InvalidEventException("source: longer than " + ColumnSizes.SOURCE + " characters");
            }
            return new Fact.ServiceFact(area, source, id, code, occurredAt, recorded != null);
        }
        switch (type) {
            case "ClientRegistered":
            case "ClientUpdated":
                return client(p);
            case "ClientsMerged": {
                String merged = code(p, "mergedCode", true);
                String surviving = code(p, "survivingCode", true);
                if (merged.equals(surviving)) {
                    throw new InvalidEventException("payload.mergedCode: equals survivingCode");
                }
                return new Fact.MergeFact(merged, surviving);
            }
            case "FeedbackGiven": {
                UUID id = uuid(p, "payload.id", p.get("id"));
                JsonNode score = p.get("score");
                if (score == null || !score.isInt() || score.intValue() < 1 || score.intValue() > 4) {
                    throw new InvalidEventException("payload.score: must be an integer 1-4");
                }
                JsonNode answers = p.get("followUpAnswers");
                if (answers != null && !answers.isNull() && !answers.isObject()) {
                    throw new InvalidEventException("payload.followUpAnswers: must be an object or null");
                }
                boolean followUp = answers != null && answers.isObject() && answers.size() > 0;
                return new Fact.FeedbackFact(id, occurredAt, score.intValue(), followUp);
            }
            default:
                throw new InvalidEventException("type: unknown event type " + type);
        }
    }

    private Fact client(JsonNode p) throws InvalidEventException {
        String code = code(p, "code", true);
        String gender = text(p, "gender", true);
        if (!GENDERS.contains(gender)) {
            throw new InvalidEventException("payload.gender: not one of " + GENDERS);
        }
        String nationality = text(p, "nationality", false);
        if (nationality != null && !NATIONALITY.matcher(nationality).matches()) {
            throw new InvalidEventException("payload.nationality: must be ISO 3166 alpha-2 or null");
        }
        String ageGroup = text(p, "ageGroup", false);
        if (ageGroup != null && !AGE_GROUPS.contains(ageGroup)) {
            throw new InvalidEventException("payload.ageGroup: not one of " + AGE_GROUPS);
        }
        String registered = text(p, "firstRegisteredOn", true);
        LocalDate registeredOn;
        try {
            registeredOn = LocalDate.parse(registered);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("payload.firstRegisteredOn: must be YYYY-MM-DD");
        }
        if (registeredOn.getYear() < MIN_YEAR || registeredOn.getYear() > MAX_YEAR) {
            throw new InvalidEventException("payload.firstRegisteredOn: must be YYYY-MM-DD");
        }
        return new Fact.ClientFact(code, gender, nationality, ageGroup, registeredOn);
    }

    private static String text(JsonNode node, String field, boolean required) throws InvalidEventException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidEventException(field + ": required");
            }
            return null;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw new InvalidEventException(field + ": must be a non-empty string");
        }
        return v.textValue();
    }

    private static String code(JsonNode node, String field, boolean required) throws InvalidEventException {
        String code = text(node, field, required);
        if (code != null && !CODE.matcher(code).matches()) {
            throw new InvalidEventException(field + ": not a client code");
        }
        return code;
    }

    private static UUID uuid(JsonNode node, String field) throws InvalidEventException {
        return uuid(node, field, node.get(field));
    }

    private static UUID uuid(JsonNode node, String field, JsonNode v) throws InvalidEventException {
        if (v == null || !v.isTextual()) {
            throw new InvalidEventException(field + ": required UUID");
        }
        try {
            return UUID.fromString(v.textValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(field + ": not a UUID");
        }
    }

    private static Instant instant(JsonNode node, String field) throws InvalidEventException {
        String v = text(node, field, true);
        Instant instant;
        try {
            instant = Instant.parse(v);
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
