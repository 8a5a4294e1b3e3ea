package no.sentret.legal.term;

import static no.sentret.legal.Legal.coordinator;
import static no.sentret.legal.Legal.lawyerWithSubject;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import no.sentret.legal.Legal;
import org.junit.jupiter.api.Test;

/**
 * A term played through: two regular lawyers taking turns on Wednesdays, a holiday week skipped, a
 * substitute taking one afternoon, one afternoon cancelled, one where nobody came; inquiries
 * (named, anonymous, merged code), a case resolved on site, one referred to the police with a
 * follow-up meeting in between. The shift and case registers and the events on legal-aid-events
 * come out right, every event valid against its schema and without content.
 */
@QuarkusTest
class TermTest {

    @Test
    void aTermPlannedAndHeld() {
        // the lawyers log in with their own subjects
        String subjectA = "term-a-" + UUID.randomUUID();
        String subjectB = "term-b-" + UUID.randomUUID();
        String subjectSub = "term-s-" + UUID.randomUUID();
        String a = Legal.newLawyer(subjectA, "REGULAR");
        String b = Legal.newLawyer(subjectB, "REGULAR");
        String sub = Legal.newLawyer(subjectSub, "SUBSTITUTE");
        RequestSpecification[] lawyers = {lawyerWithSubject(subjectA), lawyerWithSubject(subjectB)};

        // eight Wednesdays, the fourth a holiday: seven shifts, A and B in turn by calendar week
        LocalDate block = Legal.days(8 * 7);
        LocalDate first = block.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        LocalDate holiday = first.plusWeeks(3);
        LocalDate last = first.plusWeeks(7);
        assertTrue(last.isBefore(block.plusDays(8 * 7)));
        List<Map<String, Object>> term = coordinator().body("{\"from\":\"" + block + "\",\"to\":\"" + last + "\",\"dayOfWeek\":\"WEDNESDAY\","
                        + "\"start\":\"14:00\",\"end\":\"17:00\",\"lawyerIds\":[\"" + a + "\",\"" + b + "\"],\"skipDates\":[\"" + holiday + "\"]}")
                .post("/legal-aid/shifts/term").then().statusCode(201).extract().jsonPath().getList("$");
        assertEquals(7, term.size());
        List<String> shifts = term.stream().map(s -> (String) s.get("id")).toList();
        List<String> dates = term.stream().map(s -> (String) s.get("date")).toList();
        assertEquals(List.of(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(4), first.plusWeeks(5), first.plusWeeks(6), last)
                .stream().map(LocalDate::toString).toList(), dates);
        // the rota counts the holiday week: A, B, A, (B's holiday), A, B, A
        assertEquals(List.of(a, b, a, a, b, a, b), term.stream().map(s -> (String) s.get("lawyerId")).toList());

        // week 3 (A's): the substitute takes it; week 6 (A's): cancelled, the lawyer is ill; week 2: nobody came
        coordinator().body("{\"lawyerId\":\"" + sub + "\"}").post("/legal-aid/shifts/" + shifts.get(2) + "/substitute").then().statusCode(200)
                .body("lawyerId", is(sub)).body("plannedLawyerId", is(a)).body("substituted", is(true));
        coordinator().body("{\"reason\":\"LAWYER_ILL\"}").post("/legal-aid/shifts/" + shifts.get(5) + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED")).body("cancelReason", is("LAWYER_ILL"));
        lawyers[1].post("/legal-aid/shifts/" + shifts.get(1) + "/nobody-came").then().statusCode(200).body("status", is("HELD_NOBODY_CAME"));

        String anna = Legal.newClient();
        String duplicate = Legal.newClient();
        String survivor = Legal.newClient();
        Legal.merge(duplicate, survivor);
        RequestSpecification substitute = lawyerWithSubject(subjectSub);

        // week 1 (A): Anna about sexual violence and immigration; an anonymous housing question
        String annaInquiry = record(lawyers[0], shifts.get(0), anna, "[\"CRIMINAL\",\"IMMIGRATION\"]", "[\"SEXUAL_VIOLENCE\"]", "YES");
        String anonymous = record(lawyers[0], shifts.get(0), null, "[\"HOUSING_AND_TENANCY\"]", null, "NOT_ASKED");
        // week 3 (the substitute): the duplicate code, recorded as the survivor, about finances
        String mergedInquiry = record(substitute, shifts.get(2), duplicate, "[\"FINANCES\"]", null, "NO");
        lawyers[0].get("/legal-aid/inquiries/" + mergedInquiry).then().statusCode(200).body("clientCode", is(survivor));
        // week 5 (A): a threats inquiry, then recorded twice by mistake and voided
        String threats = record(lawyers[0], shifts.get(3), survivor, "[\"CRIMINAL\"]", "[\"THREATS\"]", "YES");
        String mistake = record(lawyers[0], shifts.get(3), survivor, "[\"CRIMINAL\"]", "[\"THREATS\"]", "YES");
        lawyers[0].body("{\"reason\":\"recorded twice\"}").post("/legal-aid/inquiries/" + mistake + "/void").then().statusCode(200);

        // Anna's criminal case: follow-up on week 5, referred to the police on week 7; her immigration case resolved on the spot
        String criminal = open(lawyers[0], annaInquiry, "CRIMINAL", "SEXUAL_VIOLENCE");
        String immigration = open(lawyers[0], annaInquiry, "IMMIGRATION", null);
        lawyers[0].body("{\"outcome\":\"RESOLVED_ON_SITE\",\"closedOn\":\"" + first + "\"}").post("/legal-aid/cases/" + immigration + "/close")
                .then().statusCode(200).body("status", is("RESOLVED_ON_SITE")).body("referredTo", nullValue());
        lawyers[0].body("{\"shiftId\":\"" + shifts.get(3) + "\",\"occurredAt\":\"" + first.plusWeeks(4) + "T16:00:00+01:00\"}")
                .post("/legal-aid/cases/" + criminal + "/meetings").then().statusCode(201);
        lawyers[1].body("{\"outcome\":\"REFERRED\",\"referredTo\":\"POLICE\",\"closedOn\":\"" + first.plusWeeks(5) + "\"}")
                .post("/legal-aid/cases/" + criminal + "/close").then().statusCode(200).body("status", is("REFERRED"));
        String threatsCase = open(lawyers[0], threats, "CRIMINAL", "THREATS");

        // the other afternoons are marked held
        for (int i : new int[] {0, 2, 3, 4, 6}) {
            lawyers[0].post("/legal-aid/shifts/" + shifts.get(i) + "/held").then().statusCode(200).body("status", is("HELD"));
        }

        // the shift register
        coordinator().queryParam("from", block.toString()).queryParam("to", last.toString()).get("/legal-aid/shifts").then().statusCode(200)
                .body("total", is(7))
                .body("items.status", contains("HELD", "HELD_NOBODY_CAME", "HELD", "HELD", "HELD", "CANCELLED", "HELD"))
                .body("items.substituted", contains(false, false, true, false, false, false, false));
        coordinator().queryParam("from", block.toString()).queryParam("to", last.toString()).queryParam("status", "HELD")
                .get("/legal-aid/shifts").then().body("total", is(5));
        // the case register, as the coordinator reads it: categories and outcomes
        coordinator().queryParam("from", block.toString()).queryParam("to", last.toString()).get("/legal-aid/cases").then().statusCode(200)
                .body("total", is(3))
                .body("items.id", containsInAnyOrder(criminal, immigration, threatsCase))
                .body("items.find { it.id == '" + criminal + "' }.status", is("REFERRED"))
                .body("items.find { it.id == '" + criminal + "' }.referredTo", is("POLICE"))
                .body("items.find { it.id == '" + criminal + "' }.meetings.size()", is(1))
                .body("items.find { it.id == '" + immigration + "' }.status", is("RESOLVED_ON_SITE"))
                .body("items.find { it.id == '" + threatsCase + "' }.status", is("OPEN"));
        // the coordinator's summary of the term: the same counts, voids left out
        var summary = coordinator().queryParam("from", block.toString()).queryParam("to", last.toString()).get("/legal-aid/summary")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("PLANNED", 0, "HELD", 5, "HELD_NOBODY_CAME", 1, "CANCELLED", 1), summary.getMap("shiftsByStatus"));
        assertEquals(1, summary.getInt("shiftsBySubstitute"));
        assertEquals(4, summary.getInt("inquiries"));
        assertEquals(1, summary.getInt("anonymousInquiries"));
        assertEquals(Map.of("YES", 2, "NO", 1, "NOT_ASKED", 1), summary.getMap("wouldNotOtherwiseHaveSoughtLawyer"));
        assertEquals(3, summary.getInt("casesOpened"));
        assertEquals(2, summary.getInt("casesByArea.CRIMINAL"));
        assertEquals(1, summary.getInt("casesByArea.IMMIGRATION"));
        assertEquals(Map.of("OPEN", 1, "RESOLVED_ON_SITE", 1, "REFERRED", 1), summary.getMap("casesByOutcome"));
        assertEquals(1, summary.getInt("casesReferredTo.POLICE"));

        // the survivor's inquiries include the one made under the merged code; the voided one only on request
        lawyers[0].queryParam("clientCode", survivor).get("/legal-aid/inquiries").then().body("items.id", contains(mergedInquiry, threats));
        lawyers[0].queryParam("clientCode", duplicate).queryParam("includeVoided", "true").get("/legal-aid/inquiries").then().body("total", is(3));

        // the events: exactly these, in the contract, with no names, notes or reasons
        Set<String> ids = new HashSet<>(shifts);
        ids.addAll(List.of(annaInquiry, anonymous, mergedInquiry, threats, mistake, criminal, immigration, threatsCase));
        List<Received> events;
        try (TopicReader topic = new TopicReader("legal-aid-events")) {
            events = topic.await(r -> ids.contains(r.envelope().path("payload").path("id").asText()), 18, Duration.ofSeconds(60), Duration.ofSeconds(2));
        }
        Map<String, Long> byType = events.stream().collect(Collectors.groupingBy(Received::type, Collectors.counting()));
        assertEquals(Map.of("LegalShiftHeld", 5L, "LegalShiftNobodyCame", 1L, "LegalShiftCancelled", 1L, "LegalInquiryRecorded", 5L,
                "LegalInquiryVoided", 1L, "LegalCaseOpened", 3L, "LegalCaseClosed", 2L), byType);
        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.envelope().toString());
            assertEquals("legal-aid-service", r.envelope().path("source").asText());
            JsonNode code = r.envelope().path("clientCode");
            assertEquals(code.isNull() ? null : code.asText(), r.key(), "keyed by client code");
            for (String forbidden : new String[] {subjectA, subjectB, subjectSub, a, b, sub, "recorded twice"}) {
                assertTrue(!r.envelope().toString().contains(forbidden), r.type() + " carries " + forbidden);
            }
        }
        Map<String, String> kinds = new HashMap<>();
        events.stream().filter(r -> r.type().startsWith("LegalShift"))
                .forEach(r -> kinds.put(r.envelope().path("payload").path("id").asText(), r.envelope().path("payload").path("lawyerKind").asText()));
        assertEquals("SUBSTITUTE", kinds.get(shifts.get(2)));
        assertEquals("REGULAR", kinds.get(shifts.get(0)));
        assertEquals("LAWYER_ILL", payload(events, "LegalShiftCancelled", shifts.get(5)).path("reason").asText());
        JsonNode annas = payload(events, "LegalInquiryRecorded", annaInquiry);
        assertEquals(anna, annas.path("clientCode").asText());
        assertEquals(List.of("CRIMINAL", "IMMIGRATION"), texts(annas.path("areas")));
        assertEquals(List.of("SEXUAL_VIOLENCE"), texts(annas.path("criminalSubAreas")));
        assertEquals("YES", annas.path("wouldNotOtherwiseHaveSoughtLawyer").asText());
        assertEquals(survivor, payload(events, "LegalInquiryRecorded", mergedInquiry).path("clientCode").asText());
        JsonNode referred = payload(events, "LegalCaseClosed", criminal);
        assertEquals(List.of("CRIMINAL", "SEXUAL_VIOLENCE", "REFERRED", "POLICE"), List.of(referred.path("area").asText(),
                referred.path("subArea").asText(), referred.path("outcome").asText(), referred.path("referredTo").asText()));
        JsonNode resolved = payload(events, "LegalCaseClosed", immigration);
        assertEquals("RESOLVED_ON_SITE", resolved.path("outcome").asText());
        assertTrue(resolved.path("referredTo").isNull());
    }

    private static String record(RequestSpecification lawyer, String shift, String code, String areas, String subAreas, String wouldNot) {
        return lawyer.body(Legal.inquiry(shift, code, areas, subAreas, wouldNot)).post("/legal-aid/inquiries")
                .then().statusCode(201).extract().path("id");
    }

    private static String open(RequestSpecification lawyer, String inquiry, String area, String subArea) {
        return lawyer.body("{\"inquiryId\":\"" + inquiry + "\",\"area\":\"" + area + "\"" + (subArea == null ? "" : ",\"subArea\":\"" + subArea + "\"")
                + ",\"note\":\"next steps discussed\"}").post("/legal-aid/cases").then().statusCode(201).extract().path("id");
    }

    private static JsonNode payload(List<Received> events, String type, String id) {
        return events.stream().filter(r -> r.type().equals(type) && r.envelope().path("payload").path("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " for " + id)).envelope().path("payload");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
