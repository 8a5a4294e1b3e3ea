package no.sentret.stats.ingest;

import static no.sentret.stats.ingest.FieldChecks.code;
import static no.sentret.stats.ingest.FieldChecks.id;
import static no.sentret.stats.ingest.FieldChecks.instant;
import static no.sentret.stats.ingest.FieldChecks.isCode;
import static no.sentret.stats.ingest.FieldChecks.oneOf;
import static no.sentret.stats.ingest.FieldChecks.payloadCode;
import static no.sentret.stats.ingest.FieldChecks.text;
import static no.sentret.stats.ingest.FieldChecks.uuid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.sentret.stats.facts.Area;
import no.sentret.stats.facts.ColumnSizes;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.OsloCalendar;
import no.sentret.stats.facts.ServiceTypes;
import no.sentret.stats.facts.Vocabulary;

/**
 * Reads one record value against the event contract (openapi/events/README.md). Anything the
 * contract does not allow is an {@link InvalidEventException} naming the field; unknown payload
 * fields are ignored so producers can add fields without breaking the statistics. Values are also
 * checked against what the tables can hold ({@link ColumnSizes}, four-digit years), so an event the
 * database would refuse is a dead letter here instead of a failing batch.
 *
 * <p>The record is read into {@link JsonFields} rather than a {@code JsonNode} tree (Jackson's tree was a fifth of the
 * replay's JVM samples, bench/README.md, step 10): by {@link PlainJsonScanner} when it is the plain JSON producers
 * write, from Jackson's tokens otherwise (bench README, step 19); the reasons a record is refused are the tree's, for
 * the same bytes ({@code StreamingParserMatchesTreeTest}).
 *
 * <p>A {@code @Singleton}, not {@code @ApplicationScoped}: it holds no state, and the client proxy of a normal scope
 * looked the instance up in the context on every call — 8 % of the projection's parse threads (bench README, step 20).
 */
@Singleton
public class EventParser {

    private static final Set<String> GENDERS = Set.copyOf(Vocabulary.GENDERS);
    private static final Set<String> AGE_GROUPS = Set.copyOf(Vocabulary.AGE_GROUPS);
    private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{2}");

    /** thread-safe, and shares its symbol table of field names between the parsers it creates */
    private static final JsonFactory JSON = new JsonFactory();

    public ParsedEvent parse(byte[] value) throws InvalidEventException {
        if (value == null) {
            throw new InvalidEventException("record: empty value");
        }
        return parse(value, 0, value.length);
    }

    /**
     * {@link #parse(byte[])} of the bytes from the buffer's position to its limit, e.g. a record's value as a slice of
     * the fetched batch ({@code ByteBufferDeserializer}): read where they lie, without the copy a {@code byte[]} value
     * costs. The buffer's position is left as it was.
     */
    public ParsedEvent parse(ByteBuffer value) throws InvalidEventException {
        if (value == null) {
            throw new InvalidEventException("record: empty value");
        }
        if (value.hasArray()) {
            return parse(value.array(), value.arrayOffset() + value.position(), value.remaining());
        }
        byte[] copy = new byte[value.remaining()];
        value.duplicate().get(copy);
        return parse(copy, 0, copy.length);
    }

    private ParsedEvent parse(byte[] value, int offset, int length) throws InvalidEventException {
        Object read = PlainJsonScanner.scan(value, offset, length);
        if (read == null) { // not plain: Jackson reads it, and says what is wrong with it
            read = readWithJackson(value, offset, length);
        }
        if (!(read instanceof JsonFields root)) {
            throw new InvalidEventException("record: not a JSON object");
        }
        UUID eventId = uuid("eventId", root.get("eventId"));
        String type = text(root, "type", true);
        if (!(root.get("schemaVersion") instanceof Integer version) || version != 1) {
            throw new InvalidEventException("schemaVersion: must be 1");
        }
        Instant occurredAt = instant(root, "occurredAt");
        String source = text(root, "source", true);
        String envelopeCode = code(root, "clientCode", false);
        if (!(root.get("payload") instanceof JsonFields payload)) {
            throw new InvalidEventException("payload: must be an object");
        }
        return new ParsedEvent(eventId, type, fact(type, source, occurredAt, envelopeCode, payload));
    }

    private static Object readWithJackson(byte[] value, int offset, int length) throws InvalidEventException {
        // the first value only, read to its end: what follows it is ignored, as Jackson's readTree did
        try (JsonParser parser = JSON.createParser(value, offset, length)) {
            var first = parser.nextToken();
            return first == null ? null : JsonFields.readValue(parser, first);
        } catch (IOException e) {
            throw new InvalidEventException("record: not JSON");
        }
    }

    private static Fact fact(String type, String source, Instant occurredAt, String envelopeCode, JsonFields p)
            throws InvalidEventException {
        Area recorded = ServiceTypes.recorded(type);
        Area voided = ServiceTypes.voided(type);
        if (recorded != null || voided != null) {
            return ServiceEventFacts.fact(type, recorded, voided, source, occurredAt, envelopeCode, p);
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
            case "RecordsDeIdentified":
                // a service forgot old details; the figures are facts of their own here and stay (README, "Retention")
                return new Fact.NoFigures("retention in the service: no figure changes");
            case "ClientErased":
                return erasure(p);
            case "FeedbackGiven":
                return feedback(occurredAt, p);
            case "SafetyAlertPublished":
            case "SafetyAlertEnded": {
                id(p);
                oneOf(p, "category", Vocabulary.ALERT_CATEGORIES, true);
                oneOf(p, "district", Vocabulary.DISTRICTS, true);
                return new Fact.NoFigures(type + " is a warning for the workers, not a figure");
            }
            case "HealthTeamInvitationRequested":
            case "HealthTeamInvitationCleared": {
                if (payloadCode(p, envelopeCode) == null) {
                    throw new InvalidEventException("clientCode: required");
                }
                return new Fact.NoFigures(type + " is a front-desk flag, not a figure");
            }
            case "LegalShiftHeld":
            case "LegalShiftNobodyCame":
            case "LegalShiftCancelled":
                return LegalWorkFacts.shift(type, p);
            case "LegalCaseOpened":
            case "LegalCaseClosed":
            case "LegalCaseVoided":
                return LegalWorkFacts.legalCase(type, envelopeCode, p);
            case "StreetShiftHeld":
                return OutreachWorkFacts.streetShift(occurredAt, p);
            case "StreetShiftVoided":
                return OutreachWorkFacts.streetShiftVoided(p);
            case "AssignmentVoided":
                return OutreachWorkFacts.assignmentVoided(p);
            case "AssignmentHeld":
                return OutreachWorkFacts.assignment(occurredAt, p);
            case "AdSiteWeekCounted":
            case "AdSiteWeekVoided":
                return OutreachWorkFacts.adSiteWeek(type, p);
            default:
                throw new InvalidEventException("type: unknown event type " + type);
        }
    }

    private static Fact erasure(JsonFields p) throws InvalidEventException {
        List<String> codes = new ArrayList<>();
        codes.add(code(p, "clientCode", true));
        if (!(p.get("codes") instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidEventException("payload.codes: required, at least one client code");
        }
        for (Object c : list) {
            if (!(c instanceof String code) || !isCode(code)) {
                throw new InvalidEventException("payload.codes: not a client code");
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        // the line between closed and open years is the erasure's year, not today's: a rebuild draws it again the same
        return new Fact.ErasureFact(List.copyOf(codes), OsloCalendar.date(instant(p, "erasedAt")).getYear());
    }

    private static Fact feedback(Instant occurredAt, JsonFields p) throws InvalidEventException {
        UUID id = id(p);
        if (!(p.get("score") instanceof Integer score) || score < 1 || score > 4) {
            throw new InvalidEventException("payload.score: must be an integer 1-4");
        }
        Object answers = p.get("followUpAnswers");
        if (answers != null && answers != JsonFields.NULL && !(answers instanceof JsonFields)) {
            throw new InvalidEventException("payload.followUpAnswers: must be an object or null");
        }
        boolean followUp = answers instanceof JsonFields fields && fields.size() > 0;
        return new Fact.FeedbackFact(id, occurredAt, score, followUp);
    }

    private static Fact client(JsonFields p) throws InvalidEventException {
        String code = code(p, "code", true);
        String gender = text(p, "gender", true);
        if (!GENDERS.contains(gender)) {
            throw new InvalidEventException("payload.gender: not one of " + Vocabulary.GENDERS);
        }
        String nationality = text(p, "nationality", false);
        if (nationality != null && !NATIONALITY.matcher(nationality).matches()) {
            throw new InvalidEventException("payload.nationality: must be ISO 3166 alpha-2 or null");
        }
        String ageGroup = text(p, "ageGroup", false);
        if (ageGroup != null && !AGE_GROUPS.contains(ageGroup)) {
            throw new InvalidEventException("payload.ageGroup: not one of " + Vocabulary.AGE_GROUPS);
        }
        LocalDate registeredOn = FieldChecks.date("payload.firstRegisteredOn", text(p, "firstRegisteredOn", true));
        return new Fact.ClientFact(code, gender, nationality, ageGroup, registeredOn);
    }
}
