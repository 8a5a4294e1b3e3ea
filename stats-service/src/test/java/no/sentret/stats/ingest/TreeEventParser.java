package no.sentret.stats.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import no.sentret.stats.facts.Area;
import no.sentret.stats.facts.ColumnSizes;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.LegacyAdCountIds;
import no.sentret.stats.facts.OsloCalendar;
import no.sentret.stats.facts.ServiceTypes;
import no.sentret.stats.facts.Vocabulary;

/**
 * The parser as it was before the streaming parse (main at f92f938): Jackson's tree, then validation walking it.
 * Kept as the oracle of {@link StreamingParserMatchesTreeTest}: the streaming parser must give the same fact or the
 * same dead-letter reason for every input. A copy on purpose (`duplicates` pairs it with the new classes): an
 * oracle that shared the checks with the code under test could not tell when they changed.
 */
public final class TreeEventParser {

    static final Set<String> GENDERS = Set.copyOf(Vocabulary.GENDERS);
    static final Set<String> AGE_GROUPS = Set.copyOf(Vocabulary.AGE_GROUPS);
    private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + ColumnSizes.CLIENT_CODE + "}");
    /** RFC 3339 (the envelope's date-time format) has four-digit years; java.time would accept more */
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");

    /** built once: {@code ObjectMapper.readTree(String)} resolves the JsonNode type on every call */
    private final ObjectReader reader = new ObjectMapper().readerFor(JsonNode.class);

    public ParsedEvent parse(byte[] value) throws InvalidEventException {
        if (value == null) {
            throw new InvalidEventException("record: empty value");
        }
        JsonNode root;
        try {
            root = reader.readTree(value);
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
            String code = payloadCode(p, envelopeCode);
            Fact.Detail detail = recorded != null ? detail(area, p) : null;
            if (voided == Area.HEALTH) {
                oneOf(p, "category", Vocabulary.HEALTH_CATEGORIES, true);
            }
            // only a service event stores its source (an outreach contact, with or without a code, too)
            if (source.codePointCount(0, source.length()) > ColumnSizes.SOURCE) {
                throw new InvalidEventException("source: longer than " + ColumnSizes.SOURCE + " characters");
            }
            Fact.ServiceFact service = new Fact.ServiceFact(area, source, id, code, occurredAt, recorded != null, detail);
            if (area == Area.OUTREACH) {
                String channel = recorded != null ? oneOf(p, "channel", Vocabulary.CONTACT_CHANNELS, true) : null;
                // a contact without a client code counts per channel, but is not a service event (contract)
                boolean isServiceEvent = code != null || recorded == null;
                return new Fact.OutreachContactFact(source, id, occurredAt, channel, recorded != null,
                        isServiceEvent ? service : null);
            }
            if (code == null && !area.countsAnonymous()) {
                return new Fact.NoFigures(type + " without a client code is not a service event");
            }
            return service;
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
            case "ClientErased": {
                List<String> codes = new ArrayList<>();
                codes.add(code(p, "clientCode", true));
                JsonNode list = p.get("codes");
                if (list == null || !list.isArray() || list.isEmpty()) {
                    throw new InvalidEventException("payload.codes: required, at least one client code");
                }
                for (JsonNode c : list) {
                    if (!c.isTextual() || !CODE.matcher(c.textValue()).matches()) {
                        throw new InvalidEventException("payload.codes: not a client code");
                    }
                    if (!codes.contains(c.textValue())) {
                        codes.add(c.textValue());
                    }
                }
                // the line between closed and open years is the erasure's year, not today's: a rebuild draws it again the same
                return new Fact.ErasureFact(List.copyOf(codes), OsloCalendar.date(instant(p, "erasedAt")).getYear());
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
            case "SafetyAlertPublished":
            case "SafetyAlertEnded": {
                uuid(p, "payload.id", p.get("id"));
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
            case "LegalShiftCancelled": {
                UUID id = uuid(p, "payload.id", p.get("id"));
                LocalDate date = date(p, "date");
                String lawyerKind = oneOf(p, "lawyerKind", Vocabulary.LAWYER_KINDS, true);
                String status = switch (type) {
                    case "LegalShiftHeld" -> "HELD";
                    case "LegalShiftNobodyCame" -> "NOBODY_CAME";
                    default -> "CANCELLED";
                };
                if (status.equals("CANCELLED")) {
                    oneOf(p, "reason", Vocabulary.SHIFT_CANCEL_REASONS, true);
                }
                // a corrected outcome re-publishes the shift with a higher revision (absent before corrections: 1)
                int revision = p.hasNonNull("revision") ? integer(p, "revision", 1, Integer.MAX_VALUE) : 1;
                return new Fact.LegalShiftFact(id, date, status, lawyerKind, revision);
            }
            case "LegalCaseOpened":
            case "LegalCaseClosed":
            case "LegalCaseVoided": {
                UUID id = uuid(p, "payload.id", p.get("id"));
                payloadCode(p, envelopeCode);
                LocalDate openedOn = date(p, "openedOn");
                if (type.equals("LegalCaseVoided")) {
                    return new Fact.LegalCaseFact(id, "VOIDED", openedOn, null, null, null);
                }
                String area = oneOf(p, "area", Vocabulary.LEGAL_AREAS, true);
                String subArea = oneOf(p, "subArea", Vocabulary.CRIMINAL_SUB_AREAS, false);
                if ((subArea != null) != area.equals("CRIMINAL")) {
                    throw new InvalidEventException("payload.subArea: set exactly when area is CRIMINAL");
                }
                if (type.equals("LegalCaseOpened")) {
                    return new Fact.LegalCaseFact(id, "OPENED", openedOn, area, null, null);
                }
                LocalDate closedOn = date(p, "closedOn");
                String outcome = oneOf(p, "outcome", Vocabulary.CASE_OUTCOMES, true);
                String referredTo = oneOf(p, "referredTo", Vocabulary.REFERRED_TO, false);
                if ((referredTo != null) != outcome.equals("REFERRED")) {
                    throw new InvalidEventException("payload.referredTo: set exactly when outcome is REFERRED");
                }
                return new Fact.LegalCaseFact(id, "CLOSED", openedOn, area, closedOn, outcome);
            }
            case "StreetShiftHeld": {
                UUID id = uuid(p, "payload.id", p.get("id"));
                instant(p, "endedAt");
                String district = oneOf(p, "district", Vocabulary.DISTRICTS, true);
                int workers = integer(p, "workers", 1, 50);
                int contacts = integer(p, "contacts", 0, 10_000);
                JsonNode handOuts = p.get("handOuts");
                if (handOuts == null || !handOuts.isArray() || handOuts.size() > 20) {
                    throw new InvalidEventException("payload.handOuts: must be an array of at most 20");
                }
                Map<String, Integer> byKind = new TreeMap<>();
                for (JsonNode h : handOuts) {
                    if (!h.isObject()) {
                        throw new InvalidEventException("payload.handOuts: items must be objects");
                    }
                    String kind = oneOf(h, "kind", Vocabulary.HAND_OUT_KINDS, true);
                    String language = text(h, "language", false);
                    if (language != null && !LANGUAGE.matcher(language).matches()) {
                        throw new InvalidEventException("payload.handOuts.language: must be ISO 639 or null");
                    }
                    byKind.merge(kind, integer(h, "quantity", 1, 100_000), Integer::sum);
                }
                return new Fact.StreetShiftFact(id, occurredAt, district, workers, contacts, byKind);
            }
            case "StreetShiftVoided": {
                UUID id = uuid(p, "payload.id", p.get("id"));
                instant(p, "occurredAt");
                return new Fact.StreetShiftVoidedFact(id);
            }
            case "AssignmentVoided": {
                UUID id = uuid(p, "payload.id", p.get("id"));
                instant(p, "occurredAt");
                return new Fact.AssignmentVoidedFact(id);
            }
            case "AssignmentHeld": {
                UUID id = uuid(p, "payload.id", p.get("id"));
                String kind = oneOf(p, "kind", Vocabulary.ASSIGNMENT_KINDS, true);
                String audience = oneOf(p, "audience", Vocabulary.AUDIENCES, true);
                int participants = integer(p, "participants", 0, 100_000);
                JsonNode young = p.get("concernsYoungPeople");
                if (young == null || !young.isBoolean()) {
                    throw new InvalidEventException("payload.concernsYoungPeople: must be true or false");
                }
                return new Fact.AssignmentFact(id, occurredAt, kind, audience, participants);
            }
            case "AdSiteWeekCounted":
            case "AdSiteWeekVoided": {
                // a count published before counts had ids is keyed by its site and week
                UUID id = type.equals("AdSiteWeekCounted") && !p.has("id") ? null : uuid(p, "payload.id", p.get("id"));
                String site = text(p, "site", true);
                if (site.codePointCount(0, site.length()) > ColumnSizes.AD_SITE) {
                    throw new InvalidEventException("site: longer than " + ColumnSizes.AD_SITE + " characters");
                }
                String week = text(p, "week", true);
                var m = ISO_WEEK.matcher(week);
                if (!m.matches()) {
                    throw new InvalidEventException("week: must be an ISO week, e.g. 2022-W18");
                }
                int weekYear = Integer.parseInt(m.group(1));
                int weekNo = Integer.parseInt(m.group(2));
                if (weekYear < MIN_YEAR || weekNo < 1
                        || weekNo > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(weekYear, 6, 1)).getMaximum()) {
                    throw new InvalidEventException("week: no such ISO week");
                }
                if (type.equals("AdSiteWeekVoided")) {
                    return new Fact.AdSiteWeekVoidedFact(id, site, weekYear, weekNo);
                }
                return new Fact.AdSiteWeekFact(id == null ? LegacyAdCountIds.of(site, weekYear, weekNo) : id, site, weekYear, weekNo,
                        integer(p, "count", 0, 1_000_000));
            }
            default:
                throw new InvalidEventException("type: unknown event type " + type);
        }
    }

    /** The area's own categories of a recorded service event (validated as the contract says). */
    private Fact.Detail detail(Area area, JsonNode p) throws InvalidEventException {
        switch (area) {
            case HEALTH: {
                String category = oneOf(p, "category", Vocabulary.HEALTH_CATEGORIES, true);
                String vaccine = oneOf(p, "vaccine", Vocabulary.VACCINES, false);
                String prepStage = oneOf(p, "prepStage", Vocabulary.PREP_STAGES, false);
                if ((vaccine != null) != category.equals("VACCINATION")) {
                    throw new InvalidEventException("payload.vaccine: set exactly for VACCINATION");
                }
                if (vaccine != null) {
                    integer(p, "dose", 1, 5);
                }
                if ((prepStage != null) != category.equals("PREP")) {
                    throw new InvalidEventException("payload.prepStage: set exactly for PREP");
                }
                return new Fact.HealthDetail(category, vaccine, prepStage);
            }
            case LEGAL: {
                List<String> areas = oneOfEach(p, "areas", Vocabulary.LEGAL_AREAS);
                if (areas.isEmpty()) {
                    throw new InvalidEventException("payload.areas: at least one");
                }
                List<String> sub = oneOfEach(p, "criminalSubAreas", Vocabulary.CRIMINAL_SUB_AREAS);
                if (sub.isEmpty() == areas.contains("CRIMINAL")) {
                    throw new InvalidEventException("payload.criminalSubAreas: non-empty exactly when areas include CRIMINAL");
                }
                return new Fact.InquiryDetail(oneOf(p, "wouldNotOtherwiseHaveSoughtLawyer", Vocabulary.WOULD_NOT_OTHERWISE, true));
            }
            case OUTREACH: {
                oneOf(p, "direction", Vocabulary.DIRECTIONS, true);
                if (oneOfEach(p, "topics", Vocabulary.OUTREACH_TOPICS).isEmpty()) {
                    throw new InvalidEventException("payload.topics: at least one");
                }
                return null;
            }
            default:
                return null;
        }
    }

    /** The payload's clientCode (may be null), which must agree with the envelope's. */
    private static String payloadCode(JsonNode p, String envelopeCode) throws InvalidEventException {
        String code = code(p, "clientCode", false);
        if (code != null && envelopeCode != null && !code.equals(envelopeCode)) {
            throw new InvalidEventException("payload.clientCode: differs from the envelope's clientCode");
        }
        return code;
    }

    private static String oneOf(JsonNode p, String field, List<String> allowed, boolean required) throws InvalidEventException {
        String v = text(p, "payload." + field, p.get(field), required);
        if (v != null && !allowed.contains(v)) {
            throw new InvalidEventException("payload." + field + ": not one of " + allowed);
        }
        return v;
    }

    private static List<String> oneOfEach(JsonNode p, String field, List<String> allowed) throws InvalidEventException {
        JsonNode v = p.get(field);
        if (v == null || !v.isArray()) {
            throw new InvalidEventException("payload." + field + ": must be an array");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || !allowed.contains(item.textValue())) {
                throw new InvalidEventException("payload." + field + ": not one of " + allowed);
            }
            if (values.contains(item.textValue())) {
                throw new InvalidEventException("payload." + field + ": repeats " + item.textValue());
            }
            values.add(item.textValue());
        }
        return values;
    }

    private static int integer(JsonNode p, String field, int min, int max) throws InvalidEventException {
        JsonNode v = p.get(field);
        if (v == null || !v.isInt() || v.intValue() < min || v.intValue() > max) {
            throw new InvalidEventException("payload." + field + ": must be an integer " + min + "-" + max);
        }
        return v.intValue();
    }

    private static LocalDate date(JsonNode p, String field) throws InvalidEventException {
        String v = text(p, "payload." + field, p.get(field), true);
        LocalDate date;
        try {
            date = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("payload." + field + ": must be YYYY-MM-DD");
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new InvalidEventException("payload." + field + ": must be YYYY-MM-DD");
        }
        return date;
    }

    private Fact client(JsonNode p) throws InvalidEventException {
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
        return text(node, field, node.get(field), required);
    }

    private static String text(JsonNode node, String field, JsonNode v, boolean required) throws InvalidEventException {
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidEventException(field + ": required");
            }
            return null;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw new InvalidEventException(field + ": must be a non-empty string");
        }
        if (v.textValue().indexOf('\u0000') >= 0) { // added with the projection (the streaming parser's FieldChecks.text)
            throw new InvalidEventException(field + ": contains the NUL character");
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
