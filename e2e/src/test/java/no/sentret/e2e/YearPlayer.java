package no.sentret.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plays the centre's year through the gateway, as staff, admin and the kiosk would, and writes down
 * in the {@link YearLedger} what it sent. Every choice comes from one seeded {@link Random}, so a
 * run repeats the same year (only the issued codes differ).
 */
final class YearPlayer {

    private static final int YEAR = CompressedYearIT.YEAR;
    /** Moments a calendar bug would put in the wrong month or year (UTC; the comments give Oslo time). */
    private static final List<Instant> EDGES = List.of(
            Instant.parse("2017-12-31T23:00:00Z"),  // 2018-01-01 00:00 CET: first moment of the year
            Instant.parse("2018-01-31T22:59:59Z"),  // 31 Jan 23:59:59: still January
            Instant.parse("2018-01-31T23:00:00Z"),  // 1 Feb 00:00: February
            Instant.parse("2018-03-25T00:59:59Z"),  // 01:59:59 CET, just before the clocks go forward
            Instant.parse("2018-03-25T01:00:00Z"),  // 03:00 CEST
            Instant.parse("2018-03-31T21:59:59Z"),  // 31 Mar 23:59:59 CEST: March, though UTC says 21:59
            Instant.parse("2018-10-28T00:30:00Z"),  // 02:30 CEST, the first of the repeated hour
            Instant.parse("2018-10-28T01:30:00Z"),  // 02:30 CET, the second
            Instant.parse("2018-10-31T23:00:00Z"),  // 1 Nov 00:00 CET
            Instant.parse("2018-12-31T22:59:59Z"),  // 31 Dec 23:59:59: last moment of the year
            Instant.parse("2018-12-31T23:00:00Z")); // 2019-01-01 00:00: not this year

    /** Clients with a category nobody else has (2 × TRANS_MAN, 2 × UNDER_18, 1 × PH): the public view must hide them. */
    private static final Map<Integer, Map<String, String>> RARE = Map.of(
            41, Map.of("gender", "TRANS_MAN"), 42, Map.of("gender", "TRANS_MAN"),
            43, Map.of("ageGroup", "UNDER_18"), 44, Map.of("ageGroup", "UNDER_18"), 45, Map.of("nationality", "PH"));

    private final Random random = new Random(YEAR);
    private final YearLedger ledger;
    private final Gateway gateway;
    private final String staff;
    private final String admin;
    private final List<String> codes = new ArrayList<>();
    private final List<String> visits = new ArrayList<>();
    private final List<String> consultations = new ArrayList<>();

    YearPlayer(Gateway gateway, Tokens tokens, YearLedger ledger) {
        this.gateway = gateway;
        this.ledger = ledger;
        this.staff = tokens.user("staff");
        this.admin = tokens.user("admin");
    }

    List<String> codes() {
        return codes;
    }

    void anonymousVisits(int n) {
        for (int a = 0; a < n; a++) {
            Instant at = a < EDGES.size() ? EDGES.get(a) : momentOf(YEAR);
            String id = created(gateway.post("/api/visits", staff, Map.of("arrivedAt", osloOffset(at), "activities", List.of("REST")))).path("id").asText();
            ledger.recorded(new YearLedger.Event(id, null, at, "STUA"));
            visits.add(id);
        }
    }

    /** Every 9th visit and every 7th consultation recorded so far, voided as recorded by mistake. */
    void voidSome() {
        voidSome("/api/visits/", visits, 9);
        voidSome("/api/social-consultations/", consultations, 7);
    }

    /** One client: registered (by admin when back-dated), then 0-6 services in the year, sometimes one the year before. */
    void client(int c) {
        Map<String, Object> client = new HashMap<>();
        client.put("gender", pick("WOMAN", "WOMAN", "WOMAN", "WOMAN", "MAN", "MAN", "TRANS_WOMAN", "TRANS_WOMAN", "NON_BINARY", "NOT_STATED"));
        client.put("nationality", pick("NO", "NO", "RO", "RO", "TH", "TH", "NG", "NG", "ES", "UA", "BG", "BR", null));
        client.put("ageGroup", pick("18-25", "18-25", "26-30", "26-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-60", "61+", null));
        client.put("regionOfOrigin", pick("NORWAY", "EASTERN_EUROPE", "EASTERN_EUROPE", "ASIA", "AFRICA", "LATIN_AMERICA", "WESTERN_EUROPE", null));
        client.putAll(RARE.getOrDefault(c, Map.of()));
        LocalDate registeredOn = LocalDate.now(YearLedger.OSLO);
        String registrar = staff;
        if (c % 11 == 3) { // imported from the old records: seen before the year, not new
            registeredOn = LocalDate.of(YEAR - 1 - random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
        } else if (c % 17 == 5) { // imported, first registered within the year: new
            registeredOn = LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28));
        } else if (c % 23 == 7) { // imported, registered after the year though served in it: still new in it
            registeredOn = LocalDate.of(YEAR + 1, 3, 1);
        }
        if (!registeredOn.equals(LocalDate.now(YearLedger.OSLO))) {
            client.put("firstRegisteredOn", registeredOn.toString());
            registrar = admin;
        }
        String code = created(gateway.post("/api/clients", registrar, client)).path("code").asText();
        codes.add(code);
        ledger.registered(new YearLedger.Client(code, (String) client.get("gender"), (String) client.get("nationality"),
                (String) client.get("ageGroup"), registeredOn));

        // a few registered who never came; the rare ones come three times, so one void cannot take them out of the year
        int services = c % 29 == 0 ? 0 : RARE.containsKey(c) ? 3 : 1 + random.nextInt(6);
        for (int e = 0; e < services; e++) {
            service(code, e == 0 && c < EDGES.size() ? EDGES.get(c) : momentOf(YEAR));
        }
        if (random.nextInt(10) == 0) { // served the year before: not new in this one
            service(code, momentOf(YEAR - 1));
        }
        if (c > 100 && random.nextInt(8) == 0) { // at the desk under an older code already merged away
            codes.stream().filter(ledger::retired).skip(random.nextInt(3)).findFirst().ifPresent(old -> service(old, momentOf(YEAR)));
        }
    }

    private void service(String code, Instant at) {
        if (random.nextInt(4) == 0) {
            String id = created(gateway.post("/api/social-consultations", staff, Map.of("clientCode", code, "at", osloOffset(at),
                    "kind", pick("CONSULTATION", "EMERGENCY", "FOLLOW_UP"), "topics", List.of(pick("HOUSING", "ECONOMY", "IMMIGRATION"))))).path("id").asText();
            ledger.recorded(new YearLedger.Event(id, code, at, "SOCIAL"));
            consultations.add(id);
        } else {
            String id = created(gateway.post("/api/visits", staff, Map.of("clientCode", code, "arrivedAt", osloOffset(at),
                    "activities", List.of(pick("CONVERSATION", "MEAL", "LAUNDRY", "REST"))))).path("id").asText();
            ledger.recorded(new YearLedger.Event(id, code, at, "STUA"));
            visits.add(id);
        }
    }

    /** Admin merges {@code n} duplicates (random active codes, most with visits of their own) into other active clients. */
    void mergeSome(int n) {
        for (int i = 0; i < n; i++) {
            List<String> active = codes.stream().filter(this::mergeable).toList();
            String duplicate = active.get(random.nextInt(active.size()));
            String survivor = active.get(random.nextInt(active.size()));
            if (!duplicate.equals(survivor)) {
                merge(duplicate, survivor);
            }
        }
        // a back-dated registration merged into a client registered today: the person is not new
        codes.stream().filter(c -> !ledger.retired(c) && codes.indexOf(c) % 11 == 3).findFirst().ifPresent(old -> {
            String today = codes.stream().filter(c -> !ledger.retired(c) && codes.indexOf(c) % 11 == 4).findFirst().orElseThrow();
            merge(old, today);
        });
    }

    /** A survivor of an earlier merge merged in turn: all three codes are one person. */
    void mergeChain() {
        String survivor = codes.stream().filter(c -> mergeable(c) && codes.stream().anyMatch(d -> ledger.retired(d)
                && ledger.canonical(d).equals(c))).findFirst().orElseThrow();
        String next = codes.stream().filter(c -> !ledger.retired(c) && !c.equals(survivor)).reduce((a, b) -> b).orElseThrow();
        merge(survivor, next);
    }

    /** Active, and not one of the rare clients (merged away they would take their category with them). */
    private boolean mergeable(String code) {
        return !ledger.retired(code) && !RARE.containsKey(codes.indexOf(code));
    }

    private void merge(String duplicate, String survivor) {
        Gateway.Reply reply = gateway.post("/api/clients/" + duplicate + "/merge", admin, Map.of("survivingCode", survivor));
        assertEquals(200, reply.status(), "merge " + duplicate + " into " + survivor + ": " + reply);
        assertEquals(survivor, reply.json().path("code").asText(), "the survivor answers the merge");
        ledger.merged(duplicate, survivor);
    }

    private void voidSome(String path, List<String> ids, int every) {
        for (int i = 0; i < ids.size(); i += every) {
            Gateway.Reply voided = gateway.post(path + ids.get(i) + "/void", staff, Map.of("reason", "registered twice by mistake"));
            assertEquals(200, voided.status(), path + ids.get(i) + "/void: " + voided);
            ledger.voided(ids.get(i));
        }
    }

    void feedback(String kiosk, int responses) {
        for (int f = 0; f < responses; f++) {
            int score = pick(4, 4, 4, 4, 4, 3, 3, 2, 1);
            Instant at = f < EDGES.size() ? EDGES.get(f) : momentOf(YEAR);
            Map<String, Object> body = new HashMap<>(Map.of("at", osloOffset(at), "score", score, "language", pick("nb", "en", "es", "th", "ro", "bg")));
            boolean followUp = random.nextBoolean();
            if (followUp) {
                body.put("followUpAnswers", score >= 3
                        ? Map.of("bestPart", pick("WELCOME", "STAFF", "FOOD", "REST_AND_SAFETY"), "howOften", pick("FIRST_TIME", "OFTEN"))
                        : Map.of("whatWentWrong", pick("WAITING_TIME", "CROWDED"), "wouldComeBack", pick("YES", "NO", "UNSURE")));
            }
            created(gateway.post("/api/feedback", kiosk, body));
            ledger.feedback(score, at, followUp);
        }
    }

    private Instant momentOf(int year) {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        LocalTime time = LocalTime.of(9 + random.nextInt(12), random.nextInt(60));
        return day.atTime(time).atZone(YearLedger.OSLO).toInstant();
    }

    /** As the front desk would send it: Oslo wall-clock time with its offset. */
    private static String osloOffset(Instant at) {
        return at.atZone(YearLedger.OSLO).toOffsetDateTime().toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static JsonNode created(Gateway.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }
}
