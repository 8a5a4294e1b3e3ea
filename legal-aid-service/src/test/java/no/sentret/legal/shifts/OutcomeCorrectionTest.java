package no.sentret.legal.shifts;

import static no.sentret.legal.Legal.coordinator;
import static no.sentret.legal.Legal.lawyer;
import static no.sentret.legal.Legal.newShift;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import no.sentret.legal.Legal;
import no.sentret.platform.records.CentreTime;
import org.junit.jupiter.api.Test;

/**
 * An outcome set by mistake is corrected with a reason: the history keeps every outcome, and the
 * events say the corrected outcome under the same shift id with a higher revision, so stats-service
 * (one row per shift id, the later event's status) ends up counting the corrected outcome only.
 */
@QuarkusTest
class OutcomeCorrectionTest {

    private static String correction(String status, String cancelReason, String reason) {
        return "{\"status\":\"" + status + "\"" + (cancelReason == null ? "" : ",\"cancelReason\":\"" + cancelReason + "\"")
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    @Test
    void correctionsKeepTheHistoryAndTheFiguresFollowTheLastOutcome() {
        // three shifts: nobody came → really held → really cancelled (the lawyer was ill); held → nobody came; cancelled → held
        String a = newShift();
        String b = newShift();
        String c = newShift();
        lawyer().post("/legal-aid/shifts/" + a + "/nobody-came").then().statusCode(200).body("outcomeRevision", is(1));
        lawyer().post("/legal-aid/shifts/" + b + "/held").then().statusCode(200);
        coordinator().body("{\"reason\":\"LAWYER_ILL\"}").post("/legal-aid/shifts/" + c + "/cancel").then().statusCode(200);

        lawyer().body(correction("HELD", null, "one person came late, marked by mistake")).post("/legal-aid/shifts/" + a + "/correct-outcome")
                .then().statusCode(200).body("status", is("HELD")).body("cancelReason", nullValue()).body("outcomeRevision", is(2));
        coordinator().body(correction("CANCELLED", "LAWYER_ILL", "the lawyer was ill; the substitute never came"))
                .post("/legal-aid/shifts/" + a + "/correct-outcome").then().statusCode(200)
                .body("status", is("CANCELLED")).body("cancelReason", is("LAWYER_ILL")).body("outcomeRevision", is(3));
        coordinator().body(correction("HELD_NOBODY_CAME", null, "marked held by mistake")).post("/legal-aid/shifts/" + b + "/correct-outcome")
                .then().statusCode(200).body("status", is("HELD_NOBODY_CAME"));
        coordinator().body(correction("HELD", null, "the centre was open after all")).post("/legal-aid/shifts/" + c + "/correct-outcome")
                .then().statusCode(200).body("status", is("HELD"));

        // the history: every outcome, oldest first, the first without a reason
        coordinator().get("/legal-aid/shifts/" + a + "/outcomes").then().statusCode(200)
                .body("revision", contains(1, 2, 3))
                .body("status", contains("HELD_NOBODY_CAME", "HELD", "CANCELLED"))
                .body("cancelReason", contains(null, null, "LAWYER_ILL"))
                .body("reason", contains(null, "one person came late, marked by mistake", "the lawyer was ill; the substitute never came"))
                .body("changedBy", contains(Legal.KIT_SUBJECT, Legal.KIT_SUBJECT, Legal.KIT_SUBJECT));
        lawyer().get("/legal-aid/shifts/" + newShift() + "/outcomes").then().statusCode(200).body("size()", is(0));

        // the events: each outcome under the shift's id with its revision, valid, without the reasons
        Set<String> ids = Set.of(a, b, c);
        List<Received> events;
        try (TopicReader topic = new TopicReader("legal-aid-events")) {
            events = topic.await(r -> ids.contains(r.envelope().path("payload").path("id").asText()), 7, Duration.ofSeconds(60), Duration.ofSeconds(2));
        }
        assertEquals(7, events.size());
        Map<String, Integer> highest = new HashMap<>();
        Map<String, String> outcome = new HashMap<>();
        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.envelope().toString());
            for (String reason : new String[] {"came late", "substitute never came", "by mistake", "open after all"}) {
                assertFalse(r.envelope().toString().contains(reason), r.type() + " carries the correction's reason");
            }
            String id = r.envelope().path("payload").path("id").asText();
            int revision = r.envelope().path("payload").path("revision").asInt();
            // the rule a consumer keeps: the highest revision of a shift id is its outcome
            if (revision > highest.getOrDefault(id, 0)) {
                highest.put(id, revision);
                outcome.put(id, r.type() + (r.type().equals("LegalShiftCancelled") ? "/" + r.envelope().path("payload").path("reason").asText() : ""));
            }
        }
        assertEquals(Map.of(a, 3, b, 2, c, 2), highest);
        assertEquals(Map.of(a, "LegalShiftCancelled/LAWYER_ILL", b, "LegalShiftNobodyCame", c, "LegalShiftHeld"), outcome);
        // every revision of a shift published once, none missing: events without a client code have no key, so
        // they may reach different partitions and arrive in any order — stats-service takes the highest revision
        Map<String, java.util.List<Integer>> seen = new HashMap<>();
        for (Received r : events) {
            String id = r.envelope().path("payload").path("id").asText();
            seen.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(r.envelope().path("payload").path("revision").asInt());
        }
        seen.forEach((id, revisions) -> assertEquals(java.util.stream.IntStream.rangeClosed(1, revisions.size()).boxed().toList(),
                revisions.stream().sorted().toList(), "revisions of " + id));
    }

    @Test
    void whatCannotBeCorrected() {
        String planned = newShift();
        String path = "/legal-aid/shifts/" + planned + "/correct-outcome";
        coordinator().body(correction("HELD", null, "x")).post(path).then().statusCode(409).body("errors[0].field", is("id"));
        coordinator().body(correction("PLANNED", null, "x")).post(path).then().statusCode(400).body("errors[0].field", is("status"));
        coordinator().post("/legal-aid/shifts/" + UUID.randomUUID() + "/correct-outcome").then().statusCode(400);
        coordinator().body(correction("HELD", null, "x")).post("/legal-aid/shifts/" + UUID.randomUUID() + "/correct-outcome").then().statusCode(404);
        coordinator().get("/legal-aid/shifts/" + UUID.randomUUID() + "/outcomes").then().statusCode(404);

        String held = newShift();
        lawyer().post("/legal-aid/shifts/" + held + "/held").then().statusCode(200);
        String heldPath = "/legal-aid/shifts/" + held + "/correct-outcome";
        coordinator().body(correction("HELD", null, "again")).post(heldPath).then().statusCode(409).body("errors[0].field", is("status"));
        coordinator().body(correction("CANCELLED", null, "no reason from the list")).post(heldPath).then().statusCode(400)
                .body("errors[0].field", is("cancelReason"));
        coordinator().body(correction("HELD_NOBODY_CAME", "LAWYER_ILL", "a reason where none belongs")).post(heldPath).then().statusCode(400)
                .body("errors[0].field", is("cancelReason"));
        coordinator().body(correction("HELD_NOBODY_CAME", null, null)).post(heldPath).then().statusCode(400).body("errors[0].field", is("reason"));
        coordinator().body(correction("HELD_NOBODY_CAME", null, "call her on 91234567")).post(heldPath).then().statusCode(400)
                .body("errors[0].field", is("reason"));
        coordinator().body(correction("HELD_NOBODY_CAME", null, "x".repeat(501))).post(heldPath).then().statusCode(400)
                .body("errors[0].field", is("reason"));
        coordinator().get("/legal-aid/shifts/" + held + "/outcomes").then().body("size()", is(1));

        // someone came: it cannot become nobody-came or cancelled
        String visited = newShift();
        Legal.newInquiry(visited);
        lawyer().post("/legal-aid/shifts/" + visited + "/held").then().statusCode(200);
        coordinator().body(correction("HELD_NOBODY_CAME", null, "wrong")).post("/legal-aid/shifts/" + visited + "/correct-outcome")
                .then().statusCode(409).body("errors[0].field", is("id"));
        coordinator().body(correction("CANCELLED", "OTHER", "wrong")).post("/legal-aid/shifts/" + visited + "/correct-outcome")
                .then().statusCode(409);

        // cancelled ahead of time: it cannot be held before its day, but the reason can be corrected
        LocalDate ahead = CentreTime.today().plusYears(6).plusDays(Legal.days(1).getDayOfYear());
        String future = Legal.newShift(ahead, Legal.kitLawyerId());
        coordinator().body("{\"reason\":\"PUBLIC_HOLIDAY\"}").post("/legal-aid/shifts/" + future + "/cancel").then().statusCode(200);
        coordinator().body(correction("HELD", null, "not a holiday")).post("/legal-aid/shifts/" + future + "/correct-outcome")
                .then().statusCode(409).body("errors[0].field", is("id"));
        coordinator().body(correction("CANCELLED", "CENTRE_CLOSED", "the centre is closed that day, not a holiday"))
                .post("/legal-aid/shifts/" + future + "/correct-outcome").then().statusCode(200).body("cancelReason", is("CENTRE_CLOSED"));
    }
}
