package no.sentret.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.sentret.stats.facts.Vocabulary;
import no.sentret.stats.ingest.EventParser;
import no.sentret.stats.ingest.InvalidEventException;
import no.sentret.stats.ingest.TreeEventParser;
import org.junit.jupiter.api.Test;

/**
 * The streaming parser against the tree parser it replaced ({@link TreeEventParser}, the oracle): valid events of
 * every type, then the same events mutated — fields removed, set to values of the wrong kind or out of range, names
 * repeated (the last one wins), unknown fields, truncated or damaged bytes, bytes that are not UTF-8, trailing
 * content — must give equal facts or the same dead-letter reason from both. A fixed seed, so a failure repeats.
 */
class StreamingParserMatchesTreeTest {

    private static final int MUTANTS_PER_SEED = 400;

    private final TreeEventParser tree = new TreeEventParser();
    private final EventParser streaming = new EventParser();
    private final Random rnd = new Random(19);

    @Test
    void bothParsersTellTheSameForValidAndBrokenEvents() throws Exception {
        List<ObjectNode> seeds = seeds();
        int refused = 0;
        int accepted = 0;
        int cases = 0;
        for (ObjectNode seed : seeds) {
            cases++;
            assertTrue(outcome(tree, bytes(seed.toString())).startsWith("fact "), () -> "a seed is invalid: " + seed);
            check(bytes(seed.toString()));
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                byte[] mutant = mutate(seed);
                String expected = check(mutant);
                cases++;
                if (expected.startsWith("fact ")) {
                    accepted++;
                } else {
                    refused++;
                }
            }
        }
        for (String odd : List.of("", " ", "null", "1", "\"abc", "\"abc\"", "[", "{", "[]", "{}", "{} x", "[1] {", "{\"a\":1}}",
                "\uFEFF{}", "{\"a\":\"\\q\"}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":NaN}", "{'a':1}", "{a:1}",
                // the edges of the plain scanner that reads what Jackson would (PlainJsonScanner)
                "{\"eventId\":-0}", "{\"schemaVersion\":1,}", "{\"schemaVersion\":1 ,\"type\":tru}", "{\"type\":\"\u0041\"}",
                "{\"type\":\"\u007f\"}", "{\"type\":\"x\u000b\"}", "{\"schemaVersion\":1\u000b}", "{\"schemaVersion\":-2147483648}",
                "{\"schemaVersion\":2147483648}", "{\"schemaVersion\":1234567890123456789}", "{\"schemaVersion\":1/**/}",
                "{\"payload\":" + "[".repeat(17) + "]".repeat(17) + "}", "{\"" + "n".repeat(1001) + "\":1}", "\t{\"a\":1}\r\n")) {
            check(bytes(odd));
        }
        check(null);
        // the mutations reach both sides of the checks, or the comparison proves little
        assertTrue(refused > cases / 3 && accepted > cases / 20, "refused " + refused + ", accepted " + accepted + " of " + cases);
    }

    /** @return the outcome both parsers agree on */
    private String check(byte[] value) {
        String expected = outcome(tree, value);
        String actual = outcome(streaming, value);
        assertEquals(expected, actual, () -> "for " + (value == null ? "null" : new String(value, StandardCharsets.UTF_8)));
        return expected;
    }

    private interface Parser {
        Object parse(byte[] value) throws InvalidEventException;
    }

    private static String outcome(TreeEventParser p, byte[] value) {
        return outcome(p::parse, value);
    }

    private static String outcome(EventParser p, byte[] value) {
        return outcome(p::parse, value);
    }

    private static String outcome(Parser p, byte[] value) {
        try {
            return "fact " + p.parse(value);
        } catch (InvalidEventException e) {
            return "refused " + e.getMessage();
        } catch (RuntimeException e) {
            return "crashed " + e.getClass().getName();
        }
    }

    private byte[] mutate(ObjectNode seed) {
        ObjectNode e = seed.deepCopy();
        int edits = 1 + rnd.nextInt(2);
        for (int i = 0; i < edits; i++) {
            editTree(e);
        }
        String text = e.toString();
        return switch (rnd.nextInt(12)) {
            case 0 -> bytes(repeatName(text));
            case 1 -> bytes(text.substring(0, rnd.nextInt(text.length())));
            case 2 -> damage(bytes(text));
            case 3 -> bytes(text + pick(" x", "}", " {}", "[", "\n", " {\"eventId\":1}"));
            case 4 -> notUtf8(text);
            case 5 -> bytes("[" + text + "]");
            default -> bytes(text);
        };
    }

    private void editTree(ObjectNode envelope) {
        ObjectNode target = envelope;
        if (envelope.get("payload") instanceof ObjectNode payload && rnd.nextInt(4) != 0) {
            target = payload;
            if (payload.get("handOuts") instanceof ArrayNode handOuts && !handOuts.isEmpty() && rnd.nextBoolean()
                    && handOuts.get(0) instanceof ObjectNode item) {
                target = item;
            }
        }
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        switch (rnd.nextInt(5)) {
            case 0 -> {
                if (!names.isEmpty()) {
                    target.remove(names.get(rnd.nextInt(names.size())));
                }
            }
            case 1, 2 -> {
                if (!names.isEmpty()) {
                    target.set(names.get(rnd.nextInt(names.size())), hostileValue());
                }
            }
            case 3 -> target.set(pick(KNOWN_NAMES), hostileValue());
            default -> target.set("unknown" + rnd.nextInt(3), hostileValue());
        }
    }

    /** a name written twice in one object (Jackson's tree kept the last) */
    private String repeatName(String text) {
        String name = pick(KNOWN_NAMES);
        String value = hostileValue().toString();
        int brace = nthIndexOf(text, rnd.nextBoolean() ? '{' : '}');
        if (brace < 0) {
            return text;
        }
        return text.charAt(brace) == '{'
                ? text.substring(0, brace + 1) + "\"" + name + "\":" + value + "," + text.substring(brace + 1)
                : text.substring(0, brace) + ",\"" + name + "\":" + value + text.substring(brace);
    }

    private int nthIndexOf(String text, char c) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                at.add(i);
            }
        }
        return at.isEmpty() ? -1 : at.get(rnd.nextInt(at.size()));
    }

    private byte[] damage(byte[] value) {
        byte[] copy = Arrays.copyOf(value, value.length);
        if (copy.length > 0) {
            copy[rnd.nextInt(copy.length)] = (byte) pick('"', ',', ':', '\\', '{', ']', ' ', 'x', '0', (char) 0).charValue();
        }
        return copy;
    }

    /** Latin-1 bytes inside a string: not UTF-8, wherever they are */
    private byte[] notUtf8(String text) {
        int quote = nthIndexOf(text, '"');
        String withNonAscii = quote < 0 ? text : text.substring(0, quote + 1) + "Bjørn" + text.substring(quote + 1);
        return withNonAscii.getBytes(StandardCharsets.ISO_8859_1);
    }

    private JsonNode hostileValue() {
        var json = Events.JSON;
        return switch (rnd.nextInt(8)) {
            case 0 -> json.getNodeFactory().nullNode();
            case 1 -> json.getNodeFactory().numberNode(pick(0, 1, -1, 2, 4, 5, 20, 50, 51, 100_000, 1_000_001, Integer.MAX_VALUE));
            case 2 -> pick(json.getNodeFactory().numberNode(1.0), json.getNodeFactory().numberNode(1.5),
                    json.getNodeFactory().numberNode(2147483648L), json.getNodeFactory().numberNode(-2147483649L),
                    json.getNodeFactory().numberNode(new java.math.BigInteger("99999999999999999999")),
                    json.getNodeFactory().numberNode(1e300));
            case 3 -> json.getNodeFactory().booleanNode(rnd.nextBoolean());
            case 4 -> {
                ArrayNode a = json.createArrayNode();
                int n = rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    a.add(rnd.nextBoolean() ? json.getNodeFactory().textNode(pick(WORDS)) : json.getNodeFactory().numberNode(i));
                }
                yield rnd.nextInt(5) == 0 ? tooMany() : a;
            }
            case 5 -> {
                ObjectNode o = json.createObjectNode();
                if (rnd.nextBoolean()) {
                    o.put(pick("kind", "language", "quantity", "a"), pick(WORDS));
                }
                yield o;
            }
            default -> json.getNodeFactory().textNode(pick(WORDS));
        };
    }

    private ArrayNode tooMany() {
        ArrayNode a = Events.JSON.createArrayNode();
        for (int i = 0; i < 21; i++) {
            a.addObject().put("kind", "CONDOMS").putNull("language").put("quantity", 1);
        }
        return a;
    }

    private static final String[] KNOWN_NAMES = {"eventId", "type", "schemaVersion", "occurredAt", "source", "clientCode", "payload",
        "id", "code", "gender", "nationality", "ageGroup", "firstRegisteredOn", "mergedCode", "survivingCode", "codes", "erasedAt",
        "score", "followUpAnswers", "category", "district", "date", "lawyerKind", "reason", "revision", "openedOn", "area", "subArea",
        "closedOn", "outcome", "referredTo", "endedAt", "workers", "contacts", "handOuts", "kind", "audience", "participants",
        "concernsYoungPeople", "site", "week", "count", "vaccine", "prepStage", "dose", "areas", "criminalSubAreas",
        "wouldNotOtherwiseHaveSoughtLawyer", "direction", "topics", "channel", "language", "quantity"};

    private static final String[] WORDS = words();

    private static String[] words() {
        List<String> w = new ArrayList<>(List.of("", " ", "x", "K1", "K2", "K-1_a", "k 1", "K😀", "a".repeat(64), "a".repeat(65), "ø".repeat(64),
                "ø".repeat(65), "é\u0000", "NO", "no", "NOR", "en", "EN", "eng", "engl",
                "2022-03-10", "2022-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "+10000-01-01", "22-03-10",
                "2022-03-10T10:00:00Z", "2022-03-10T10:00:00.5Z", "2022-03-10T10:00:00+02:00", "0000-12-31T23:00:00Z",
                "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "2022-03-10T10:00:60Z",
                "2022-02-30T10:00:00Z", "2022-W10", "2020-W53", "2021-W53", "0000-W01", "2022-W00", "2022-W1",
                "00000000-0000-0000-0000-000000000000", "1-1-1-1-1", "not-a-uuid", "VisitRecorded", "ClientUpdated",
                "HealthServiceRecorded", "AdSiteWeekCounted", "StreetShiftHeld", "LegalCaseClosed", "Nope", "CRIMINAL",
                "REFERRED", "VACCINATION", "PREP"));
        for (List<String> vocabulary : List.of(Vocabulary.GENDERS, Vocabulary.AGE_GROUPS, Vocabulary.HEALTH_CATEGORIES,
                Vocabulary.VACCINES, Vocabulary.PREP_STAGES, Vocabulary.LEGAL_AREAS, Vocabulary.CRIMINAL_SUB_AREAS,
                Vocabulary.DISTRICTS, Vocabulary.LAWYER_KINDS, Vocabulary.SHIFT_CANCEL_REASONS, Vocabulary.CASE_OUTCOMES,
                Vocabulary.REFERRED_TO, Vocabulary.HAND_OUT_KINDS, Vocabulary.ASSIGNMENT_KINDS, Vocabulary.AUDIENCES,
                Vocabulary.CONTACT_CHANNELS, Vocabulary.DIRECTIONS, Vocabulary.OUTREACH_TOPICS, Vocabulary.ALERT_CATEGORIES,
                Vocabulary.WOULD_NOT_OTHERWISE)) {
            w.addAll(vocabulary);
        }
        return w.toArray(String[]::new);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private UUID uuid() {
        return new UUID(rnd.nextLong(), rnd.nextLong());
    }

    /** a valid event of every type the contract knows, with fixed ids and times so a failure repeats */
    private List<ObjectNode> seeds() throws Exception {
        Instant at = Instant.parse("2022-03-10T10:00:00Z");
        LocalDate day = LocalDate.of(2022, 3, 10);
        List<Events.Ev> valid = List.of(
                Events.clientRegistered("K1", "WOMAN", "NO", "26-30", day),
                Events.clientUpdated("K1", "WOMAN", "SE", "26-30", day),
                Events.clientRegistered("K2", "MAN", null, null, day),
                Events.merged("K2", "K1"),
                Events.erased("K3", at, "K4", "K5"),
                Events.recordsDeIdentified("health-events", "consultation-note", day),
                Events.visitRecorded(uuid(), "K1", at),
                Events.visitRecorded(uuid(), null, at),
                Events.visitVoided(uuid(), "K1", at),
                Events.consultationRecorded(uuid(), "K1", at),
                Events.consultationVoided(uuid(), "K1", at),
                Events.feedback(uuid(), at, 4, false),
                Events.feedback(uuid(), at, 1, true),
                Events.legalShift("LegalShiftHeld", uuid(), day, "REGULAR"),
                Events.legalShift("LegalShiftNobodyCame", uuid(), day, "SUBSTITUTE", 2),
                Events.legalShift("LegalShiftCancelled", uuid(), day, "REGULAR"),
                Events.legalInquiry(uuid(), "K1", at, "YES", "CRIMINAL", "FAMILY"),
                Events.legalInquiry(uuid(), "K1", at, "NO", "FAMILY"),
                Events.legalInquiryVoided(uuid(), "K1", at),
                Events.caseOpened(uuid(), "K1", day, "CRIMINAL"),
                Events.caseOpened(uuid(), "K1", day, "FAMILY"),
                Events.caseClosed(uuid(), "K1", day, "CRIMINAL", day.plusDays(3), "REFERRED"),
                Events.caseVoided(uuid(), "K1", day),
                Events.outreachRecorded(uuid(), null, at, "SMS"),
                Events.outreachRecorded(uuid(), "K1", at, "STREET"),
                Events.outreachVoided(uuid(), "K1", at),
                Events.safetyAlert("SafetyAlertPublished", uuid(), day, "ROBBERY", "SENTRUM"),
                Events.safetyAlert("SafetyAlertEnded", uuid(), day, "ROBBERY", "SENTRUM"),
                Events.streetShift(uuid(), at, 5, 100, 50, 10, 3),
                Events.assignment(uuid(), at, "SCHOOL_CLASS"),
                Events.adCount("site-1", "2022-W10", 600),
                Events.adCount(uuid(), "site-1", "2020-W53", 600),
                Events.streetShiftVoided(uuid(), at),
                Events.assignmentVoided(uuid(), at),
                Events.adCountVoided(uuid(), "site-1", "2022-W10"),
                Events.healthRecorded(uuid(), "K1", at, "VACCINATION", "MPOX", null),
                Events.healthRecorded(uuid(), "K1", at, "PREP", null, "START"),
                Events.healthRecorded(uuid(), "K1", at),
                Events.healthVoided(uuid(), "K1", at, "VACCINATION"),
                Events.invitation("HealthTeamInvitationRequested", "K1", at),
                Events.invitation("HealthTeamInvitationCleared", "K1", at));
        List<ObjectNode> seeds = new ArrayList<>();
        for (Events.Ev e : valid) {
            ObjectNode envelope = (ObjectNode) Events.JSON.readTree(e.value());
            envelope.put("eventId", uuid().toString());
            envelope.put("recordedAt", "2022-03-10T10:00:01Z");
            seeds.add(envelope);
        }
        return seeds;
    }
}
