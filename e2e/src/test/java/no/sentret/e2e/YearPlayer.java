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
            String id = created(gateway.post("/api/visits", staff, Map.of("occurredAt", osloOffset(at), "activities", List.of("REST")))).path("id").asText();
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
            String id = created(gateway.post("/api/social-consultations", staff, Map.of("clientCode", code, "occurredAt", osloOffset(at),
                    "kind", pick("CONSULTATION", "EMERGENCY", "FOLLOW_UP"), "topics", List.of(pick("HOUSING", "ECONOMY", "IMMIGRATION"))))).path("id").asText();
            ledger.recorded(new YearLedger.Event(id, code, at, "SOCIAL"));
            consultations.add(id);
        } else {
            String id = created(gateway.post("/api/visits", staff, Map.of("clientCode", code, "occurredAt", osloOffset(at),
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
            Map<String, Object> body = new HashMap<>(Map.of("occurredAt", osloOffset(at), "score", score, "language", pick("nb", "en", "es", "th", "ro", "bg")));
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

    /**
     * Health consultations by the clinician, each for another client, with two to three service
     * lines (an STI test; a PrEP start, an HIV test, an mpox dose or counselling); the first line of
     * every 5th consultation voided.
     */
    void health(String clinician, int consultations) {
        List<String> pool = codes.stream().filter(c -> !ledger.retired(c)).toList();
        for (int i = 0; i < consultations; i++) {
            String code = pool.get((i * 7 + 3) % pool.size());
            Instant at = momentOf(YEAR);
            List<Map<String, Object>> lines = new ArrayList<>();
            lines.add(Map.of("category", "STI_TEST", "infection", "CHLAMYDIA", "sampleSites", List.of("URINE")));
            switch (i % 4) {
                case 0 -> lines.add(Map.of("category", "PREP", "prepStage", "START", "regimen", "DAILY"));
                case 1 -> lines.add(Map.of("category", "STI_TEST", "infection", "HIV", "sampleSites", List.of("BLOOD")));
                case 2 -> lines.add(Map.of("category", "VACCINATION", "vaccine", "MPOX", "dose", 1));
                default -> lines.add(Map.of("category", "COUNSELLING", "topics", List.of("SAFER_SEX")));
            }
            if (i % 3 == 0) {
                lines.add(Map.of("category", "COUNSELLING", "topics", List.of("HIV_PREVENTION")));
            }
            Map<String, Object> body = Map.of("clientCode", code, "occurredAt", osloOffset(at), "professionalType", "NURSE",
                    "services", lines);
            JsonNode consultation = created(untilKnown(() -> gateway.post("/api/health/consultations", clinician, body)));
            JsonNode services = consultation.path("services");
            assertEquals(lines.size(), services.size(), consultation.toString());
            for (JsonNode line : services) {
                String lineId = line.path("id").asText();
                ledger.recorded(new YearLedger.Event(lineId, code, at, "HEALTH"));
                ledger.healthLine(lineId, line.path("category").asText(), line.path("vaccine").asText(null),
                        line.path("prepStage").asText(null));
            }
            if (i % 5 == 4) {
                String lineId = services.get(0).path("id").asText();
                Gateway.Reply voided = gateway.post("/api/health/consultations/" + consultation.path("id").asText() + "/services/"
                        + lineId + "/void", clinician, Map.of("reason", "entered in error"));
                assertEquals(200, voided.status(), voided.toString());
                ledger.voided(lineId);
            }
        }
    }

    /**
     * Outreach messages: a third with a client code, some in one conversation that is linked to a
     * client at the end (counted once, for that client), the rest anonymous, every 10th anonymous one
     * voided; a street shift with hand-outs; three assignments (two school classes).
     */
    void outreach(String worker, int messages) {
        List<String> pool = codes.stream().filter(c -> !ledger.retired(c)).toList();
        StringBuilder pseudonym = new StringBuilder("gjest");
        java.util.concurrent.ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(ch -> pseudonym.append((char) ch));
        List<String[]> conversation = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            Instant at = momentOf(YEAR);
            String channel = pick("WHATSAPP", "WHATSAPP", "WHATSAPP", "SMS", "INSTAGRAM", "PHONE");
            Map<String, Object> body = new HashMap<>(Map.of("channel", channel, "direction", pick("INBOUND", "OUTBOUND"),
                    "topics", List.of(pick("HEALTH", "LEGAL", "HOUSING")), "occurredAt", osloOffset(at)));
            String code = null;
            if (i % 3 == 0) {
                code = pool.get((i * 11 + 5) % pool.size());
                body.put("clientCode", code);
            } else if (i % 5 == 1) {
                body.put("conversation", pseudonym.toString());
            } else {
                body.put("conversation", pseudonym + "-" + i); // a conversation of its own, never linked: no client code
            }
            Gateway.Reply reply = code == null ? gateway.post("/api/outreach/messages", worker, body)
                    : untilKnown(() -> gateway.post("/api/outreach/messages", worker, body));
            String id = created(reply).path("id").asText();
            ledger.contact(id, channel, at);
            if (code != null) {
                ledger.recorded(new YearLedger.Event(id, code, at, "OUTREACH"));
            } else if (i % 5 == 1) {
                conversation.add(new String[] {id, at.toString()});
            } else if (i % 10 == 2) {
                Gateway.Reply voided = gateway.post("/api/outreach/messages/" + id + "/void", worker, Map.of("reason", "test message"));
                assertEquals(200, voided.status(), voided.toString());
                ledger.voidContact(id);
            }
        }
        String linked = pool.get(pool.size() / 2);
        Gateway.Reply link = gateway.post("/api/outreach/conversations/" + pseudonym + "/link", worker, Map.of("clientCode", linked));
        assertEquals(200, link.status(), link.toString());
        for (String[] m : conversation) {
            ledger.recorded(new YearLedger.Event(m[0], linked, Instant.parse(m[1]), "OUTREACH"));
        }
        Instant shift = LocalDate.of(YEAR, 6, 15).atTime(21, 0).atZone(YearLedger.OSLO).toInstant();
        created(gateway.post("/api/outreach/street-shifts", worker, Map.of("occurredAt", osloOffset(shift),
                "endedAt", osloOffset(shift.plusSeconds(3 * 3600)), "district", "SENTRUM", "workers", 2, "contacts", 12,
                "handOuts", List.of(handOut("CONDOMS", null, 200), handOut("LUBE", null, 80),
                        handOut("INFORMATION_LEAFLETS", "en", 20)))));
        ledger.streetShift(shift, 12, Map.of("CONDOMS", 200, "LUBE", 80, "INFORMATION_LEAFLETS", 20));
        // an ad site of this run's own, counted four weeks of the year and four of the year before
        String site = "e2e-" + pseudonym.substring(5) + ".no";
        created(gateway.post("/api/outreach/ad-sites", worker, Map.of("name", site)));
        for (int week = 10; week < 14; week++) {
            for (int y : List.of(YEAR - 1, YEAR)) {
                int count = (y == YEAR ? 600 : 400) + random.nextInt(100);
                String isoWeek = String.format("%d-W%02d", y, week);
                created(gateway.post("/api/outreach/ad-counts", worker, Map.of("site", site, "week", isoWeek, "count", count)));
                ledger.adCount(site, y, isoWeek, count);
            }
        }
        for (String kind : List.of("SCHOOL_CLASS", "SCHOOL_CLASS", "LECTURE")) {
            Instant at = LocalDate.of(YEAR, 9, 10).atTime(10, 0).atZone(YearLedger.OSLO).toInstant();
            created(gateway.post("/api/outreach/assignments", worker, Map.of("occurredAt", osloOffset(at), "kind", kind,
                    "audience", kind.equals("SCHOOL_CLASS") ? "SCHOOL" : "HEALTH_SERVICE", "participants", 25,
                    "concernsYoungPeople", kind.equals("SCHOOL_CLASS"))));
            ledger.assignment(at, kind);
        }
    }

    /**
     * The report's year of legal shifts (2022: 49 shifts, 20 where nobody came, 29 inquiries, 32 cases):
     * the coordinator puts the lawyer on the roster (once per suite) and plans 49 afternoons; on each of
     * 29 the lawyer records one inquiry (named and anonymous; 25 would not otherwise have sought a lawyer)
     * and opens a case from it, two from three of them (resolved on site or referred, about half each,
     * two left open), and marks the shift held; on 20 nobody came. One shift's outcome is recorded as
     * nobody came by mistake and corrected to held, so the figures must count the correction.
     */
    void legal(String coordinator, String lawyer) {
        String subject = Tokens.claims(lawyer).path("sub").asText();
        Gateway.Reply roster = gateway.post("/api/legal-aid/lawyers", coordinator, Map.of("subject", subject, "kind", "REGULAR"));
        assertEquals(true, roster.status() == 201 || roster.status() == 409, roster.toString());
        Gateway.Reply me = gateway.get("/api/legal-aid/lawyers/me", lawyer);
        assertEquals(200, me.status(), me.toString());
        String lawyerId = me.json().path("id").asText();
        List<String> pool = codes.stream().filter(c -> !ledger.retired(c)).toList();
        String[] statuses = new String[49];
        for (int s = 0; s < statuses.length; s++) {
            statuses[s] = s % 5 == 1 || s % 5 == 3 ? "NOBODY_CAME" : "HELD"; // 20 of 49
        }
        int corrected = 0; // the first held shift: first marked nobody came, then corrected
        int inquiry = 0;
        for (int s = 0; s < statuses.length; s++) {
            LocalDate date = null;
            String shiftId = null;
            // another run on the same suite may hold the day already (shifts on one day may not overlap): another day
            for (int attempt = 0; shiftId == null && attempt < 20; attempt++) {
                date = LocalDate.of(YEAR, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(365));
                Gateway.Reply planned = gateway.post("/api/legal-aid/shifts", coordinator,
                        Map.of("date", date.toString(), "start", "13:00", "end", "16:00", "lawyerId", lawyerId));
                if (planned.status() != 409) {
                    shiftId = created(planned).path("id").asText();
                }
            }
            assertEquals(true, shiftId != null, "a free day for a shift");
            if (s == corrected) {
                // recorded on the wrong shift's form, then corrected (before any inquiry: an outcome with
                // inquiries on the shift cannot become nobody-came)
                Gateway.Reply wrong = gateway.post("/api/legal-aid/shifts/" + shiftId + "/nobody-came", lawyer, null);
                assertEquals(200, wrong.status(), wrong.toString());
                Gateway.Reply fix = gateway.post("/api/legal-aid/shifts/" + shiftId + "/correct-outcome", coordinator,
                        Map.of("status", "HELD", "reason", "recorded on the wrong shift"));
                assertEquals(200, fix.status(), fix.toString());
            }
            if (statuses[s].equals("HELD")) {
                for (int k = 0; k < 1; k++, inquiry++) {
                    Instant at = date.atTime(14, 10 * k).atZone(YearLedger.OSLO).toInstant();
                    String code = inquiry % 3 == 2 ? null : pool.get((inquiry * 13 + 7) % pool.size());
                    String answer = inquiry % 7 == 3 && inquiry < 20 ? "NO" : inquiry == 5 ? "NOT_ASKED" : "YES"; // 25 YES, 3 NO of 29
                    String area = List.of("CRIMINAL", "FAMILY", "IMMIGRATION", "HOUSING_AND_TENANCY").get(inquiry % 4);
                    Map<String, Object> body = new HashMap<>(Map.of("shiftId", shiftId, "occurredAt", osloOffset(at),
                            "areas", List.of(area), "wouldNotOtherwiseHaveSoughtLawyer", answer));
                    if (area.equals("CRIMINAL")) {
                        body.put("criminalSubAreas", List.of("SEXUAL_VIOLENCE"));
                    }
                    if (code != null) {
                        body.put("clientCode", code);
                    }
                    String id = created(untilKnown(() -> gateway.post("/api/legal-aid/inquiries", lawyer, body))).path("id").asText();
                    ledger.recorded(new YearLedger.Event(id, code, at, "LEGAL"));
                    ledger.inquiry(id, answer);
                    for (int c = 0; c < (inquiry < 3 ? 2 : 1); c++) { // 32 cases from 29 inquiries
                        Map<String, Object> open = new HashMap<>(Map.of("inquiryId", id, "area", area));
                        if (area.equals("CRIMINAL")) {
                            open.put("subArea", "SEXUAL_VIOLENCE");
                        }
                        String caseId = created(gateway.post("/api/legal-aid/cases", lawyer, open)).path("id").asText();
                        String outcome = inquiry == 3 || inquiry == 4 ? "OPEN" : (inquiry + c) % 2 == 0 ? "REFERRED" : "RESOLVED_ON_SITE";
                        if (!outcome.equals("OPEN")) {
                            Map<String, Object> close = new HashMap<>(Map.of("outcome", outcome, "closedOn", date.toString()));
                            if (outcome.equals("REFERRED")) {
                                close.put("referredTo", "LEGAL_AID_OFFICE");
                            }
                            Gateway.Reply closed = gateway.post("/api/legal-aid/cases/" + caseId + "/close", lawyer, close);
                            assertEquals(200, closed.status(), closed.toString());
                        }
                        ledger.legalCase(date, area, outcome);
                    }
                }
            }
            if (s == corrected) {
                ledger.legalShift(date, "HELD");
                continue; // its outcome is set already
            }
            String action = switch (statuses[s]) {
                case "HELD" -> "/held";
                case "NOBODY_CAME" -> "/nobody-came";
                default -> "/cancel";
            };
            Gateway.Reply done = gateway.post("/api/legal-aid/shifts/" + shiftId + action, statuses[s].equals("CANCELLED") ? coordinator : lawyer,
                    statuses[s].equals("CANCELLED") ? Map.of("reason", "LAWYER_ILL") : null);
            assertEquals(200, done.status(), done.toString());
            ledger.legalShift(date, statuses[s]);
        }
    }

    private static Map<String, Object> handOut(String kind, String language, int quantity) {
        Map<String, Object> h = new HashMap<>();
        h.put("kind", kind);
        h.put("language", language);
        h.put("quantity", quantity);
        return h;
    }

    /** A code registered at the front desk reaches the other services' client directory within about a second: 422 until then. */
    private static Gateway.Reply untilKnown(java.util.function.Supplier<Gateway.Reply> call) {
        Gateway.Reply reply = call.get();
        for (int i = 0; i < 50 && reply.status() == 422 && reply.body().contains("code"); i++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            reply = call.get();
        }
        return reply;
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
