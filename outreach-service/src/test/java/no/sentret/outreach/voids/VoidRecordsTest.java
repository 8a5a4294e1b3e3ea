package no.sentret.outreach.voids;

import static no.sentret.outreach.Api.newClient;
import static no.sentret.outreach.Api.outreach;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import no.sentret.outreach.Api;
import org.junit.jupiter.api.Test;

/**
 * Street shifts, assignments and ad counts recorded by mistake are voided with a reason: the record
 * stays (marked void), leaves the lists, and a *Voided event cancels it by id (a shift's named contacts
 * each by their own OutreachContactVoided). The reason never leaves the service.
 */
@QuarkusTest
class VoidRecordsTest {

    private static final String REASON = "{\"reason\":\"Secret reason: recorded twice\"}";

    @Test
    void aVoidedStreetShiftCancelsItsCountsAndEachNamedContact() {
        String code = newClient();
        String shift = outreach().body("{\"occurredAt\":\"2021-03-05T22:00:00+01:00\",\"endedAt\":\"2021-03-06T01:00:00+01:00\","
                        + "\"district\":\"GAMLE_OSLO\",\"workers\":2,\"contacts\":4,\"handOuts\":[{\"kind\":\"LUBE\",\"quantity\":7}],"
                        + "\"clientCodes\":[\"" + code + "\"]}")
                .post("/outreach/street-shifts").then().statusCode(201).extract().path("id");

        outreach().body(REASON).post("/outreach/street-shifts/" + shift + "/void").then().statusCode(200)
                .body("voided", equalTo(true)).body("voidReason", equalTo("Secret reason: recorded twice"))
                .body("clientCodes", equalTo(List.of(code)));
        outreach().get("/outreach/street-shifts/" + shift).then().statusCode(200).body("voided", equalTo(true));
        outreach().queryParam("from", "2021-03-01").queryParam("to", "2021-03-31").get("/outreach/street-shifts")
                .then().statusCode(200).body("id", not(hasItem(shift)));
        outreach().body(REASON).post("/outreach/street-shifts/" + shift + "/void").then().statusCode(409)
                .body("errors[0].field", equalTo("id"));

        List<Received> events;
        try (TopicReader topic = new TopicReader("outreach-events")) {
            events = topic.await(r -> shift.equals(r.envelope().path("payload").path("id").asText())
                    || code.equals(r.key()), 4, Duration.ofSeconds(60), Duration.ofSeconds(3));
        }
        Map<String, Long> types = events.stream().collect(Collectors.groupingBy(Received::type, Collectors.counting()));
        assertEquals(Map.of("StreetShiftHeld", 1L, "StreetShiftVoided", 1L, "OutreachContactRecorded", 1L, "OutreachContactVoided", 1L), types);
        String contactId = events.stream().filter(r -> r.type().equals("OutreachContactRecorded")).findFirst().orElseThrow()
                .envelope().path("payload").path("id").asText();
        Received contactVoided = events.stream().filter(r -> r.type().equals("OutreachContactVoided")).findFirst().orElseThrow();
        assertEquals(contactId, contactVoided.envelope().path("payload").path("id").asText(), "the named contact is cancelled by its own id");
        assertEquals(code, contactVoided.key());
        Received shiftVoided = events.stream().filter(r -> r.type().equals("StreetShiftVoided")).findFirst().orElseThrow();
        assertEquals(null, shiftVoided.key());
        assertEquals("2021-03-05T21:00:00Z", shiftVoided.envelope().path("payload").path("occurredAt").asText());
        assertClean(events);
    }

    @Test
    void aVoidedAssignmentIsCancelledAndLeavesTheList() {
        String id = outreach().body("{\"occurredAt\":\"2021-04-12T09:00:00Z\",\"kind\":\"SCHOOL_CLASS\",\"audience\":\"SCHOOL\","
                        + "\"participants\":25,\"concernsYoungPeople\":true}")
                .post("/outreach/assignments").then().statusCode(201).extract().path("id");
        outreach().body(REASON).post("/outreach/assignments/" + id + "/void").then().statusCode(200)
                .body("voided", equalTo(true)).body("kind", equalTo("SCHOOL_CLASS"));
        outreach().queryParam("from", "2021-04-01").queryParam("to", "2021-04-30").get("/outreach/assignments")
                .then().statusCode(200).body("id", not(hasItem(id)));
        outreach().body(REASON).post("/outreach/assignments/" + id + "/void").then().statusCode(409);

        List<Received> events;
        try (TopicReader topic = new TopicReader("outreach-events")) {
            events = topic.await(r -> id.equals(r.envelope().path("payload").path("id").asText()), 2, Duration.ofSeconds(60), Duration.ofSeconds(3));
        }
        assertEquals(List.of("AssignmentHeld", "AssignmentVoided"), events.stream().map(Received::type).toList());
        assertClean(events);
    }

    @Test
    void aVoidedAdCountLeavesTheSeriesAndTheWeekCanBeCountedAgain() {
        String site = "voids-" + Api.tag() + ".example";
        outreach().body("{\"name\":\"" + site + "\"}").post("/outreach/ad-sites").then().statusCode(201);
        String first = outreach().body("{\"site\":\"" + site + "\",\"week\":\"2021-W20\",\"count\":500}")
                .post("/outreach/ad-counts").then().statusCode(201).extract().path("id");
        outreach().body("{\"site\":\"" + site + "\",\"week\":\"2021-W20\",\"count\":50}")
                .post("/outreach/ad-counts").then().statusCode(409).body("errors[0].field", equalTo("week"));

        outreach().body(REASON).post("/outreach/ad-counts/" + first + "/void").then().statusCode(200)
                .body("voided", equalTo(true)).body("week", equalTo("2021-W20")).body("count", equalTo(500));
        outreach().queryParam("site", site).queryParam("year", "2021").get("/outreach/ad-counts/series")
                .then().statusCode(200).body("weeks.size()", equalTo(0));
        String corrected = outreach().body("{\"site\":\"" + site + "\",\"week\":\"2021-W20\",\"count\":50}")
                .post("/outreach/ad-counts").then().statusCode(201).extract().path("id");
        outreach().queryParam("site", site).queryParam("year", "2021").get("/outreach/ad-counts/series")
                .then().statusCode(200).body("weeks.id", equalTo(List.of(corrected))).body("weeks.count", equalTo(List.of(50)));
        outreach().body(REASON).post("/outreach/ad-counts/" + first + "/void").then().statusCode(409);
        outreach().body(REASON).post("/outreach/ad-counts/" + java.util.UUID.randomUUID() + "/void").then().statusCode(404)
                .body("errors[0].field", equalTo("id"));

        List<Received> events;
        try (TopicReader topic = new TopicReader("outreach-events")) {
            events = topic.await(r -> site.equals(r.envelope().path("payload").path("site").asText()), 3, Duration.ofSeconds(60), Duration.ofSeconds(3));
        }
        assertEquals(List.of("AdSiteWeekCounted/" + first, "AdSiteWeekVoided/" + first, "AdSiteWeekCounted/" + corrected),
                events.stream().map(r -> r.type() + "/" + r.envelope().path("payload").path("id").asText()).toList());
        assertClean(events);
    }

    @Test
    void onlyOutreachWorkersVoidAndTheReasonIsGuarded() {
        String id = outreach().body("{\"occurredAt\":\"2021-04-12T09:00:00Z\",\"kind\":\"LECTURE\",\"audience\":\"POLICE\","
                        + "\"participants\":5,\"concernsYoungPeople\":false}")
                .post("/outreach/assignments").then().statusCode(201).extract().path("id");
        outreach().body("{\"reason\":\"call her on 912 34 567\"}").post("/outreach/assignments/" + id + "/void").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        outreach().body("{\"reason\":\" \"}").post("/outreach/assignments/" + id + "/void").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        outreach().get("/outreach/assignments/" + id).then().statusCode(200).body("voided", equalTo(false));
    }

    private static void assertClean(List<Received> events) {
        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.type() + " against the committed schemas: " + r.envelope());
            assertFalse(r.envelope().toString().contains("Secret"), "the reason never leaves the service: " + r.envelope());
        }
    }
}
