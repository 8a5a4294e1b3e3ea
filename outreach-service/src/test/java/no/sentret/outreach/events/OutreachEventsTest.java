package no.sentret.outreach.events;

import static no.sentret.outreach.Api.newClient;
import static no.sentret.outreach.Api.outreach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import org.junit.jupiter.api.Test;

/** The events on outreach-events: exactly the changes, valid against the committed schemas, no content. */
@QuarkusTest
class OutreachEventsTest {

    private static String message(String who, String at) {
        return outreach().body("{\"channel\":\"WHATSAPP\",\"direction\":\"INBOUND\",\"occurredAt\":\"" + at
                        + "\",\"topics\":[\"HOUSING\"]," + who + "}")
                .post("/outreach/messages").then().statusCode(201).extract().path("id");
    }

    @Test
    void aConversationLinkedLaterCountsOnceForItsClient() {
        String code = newClient();
        String name = "linked-" + no.sentret.outreach.Api.tag();
        String direct = message("\"clientCode\":\"" + code + "\"", "2021-09-01T10:00:00Z");
        String first = message("\"conversation\":\"" + name + "\"", "2021-09-02T10:00:00Z");
        String second = message("\"conversation\":\"" + name + "\"", "2021-09-03T10:00:00Z");
        String voided = message("\"conversation\":\"" + name + "\"", "2021-09-04T10:00:00Z");
        outreach().body("{\"reason\":\"typed twice\"}").post("/outreach/messages/" + voided + "/void").then().statusCode(200);
        outreach().body("{\"clientCode\":\"" + code + "\"}").post("/outreach/conversations/" + name + "/link").then().statusCode(200);
        outreach().body("{\"clientCode\":\"" + code + "\"}").post("/outreach/conversations/" + name + "/link").then().statusCode(200);
        outreach().body("{\"reason\":\"wrong client\"}").post("/outreach/messages/" + direct + "/void").then().statusCode(200);
        // refused input publishes nothing
        outreach().body("{\"channel\":\"WHATSAPP\",\"direction\":\"INBOUND\",\"topics\":[\"HOUSING\"],\"conversation\":\"@" + name + "\"}")
                .post("/outreach/messages").then().statusCode(400);

        Set<String> ours = Set.of(direct, first, second, voided);
        List<Received> events;
        try (TopicReader topic = new TopicReader("outreach-events")) {
            events = topic.await(r -> ours.contains(r.envelope().path("payload").path("id").asText()), 8,
                    Duration.ofSeconds(60), Duration.ofSeconds(3));
        }
        // direct: recorded, voided; first, second: recorded anonymous, then again with the code; voided: recorded, voided
        assertEquals(8, events.size(), "no event more, none less: " + events);
        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.type() + " against the committed schemas: " + r.envelope());
            assertEquals("outreach-service", r.envelope().path("source").asText());
            JsonNode envelopeCode = r.envelope().path("clientCode");
            assertEquals(r.key(), envelopeCode.isNull() ? null : envelopeCode.asText(), "the key is the envelope's clientCode");
            assertEquals(envelopeCode, r.envelope().path("payload").path("clientCode"), "payload and envelope name the same client");
            assertFalse(r.envelope().toString().contains(name), "the pseudonym never leaves the service");
            assertFalse(r.envelope().toString().contains("typed twice"), "the void reason never leaves the service");
        }
        // what stats-service does: upsert service events by id, a void marks it; count the contacts that name the client
        Map<String, String> codeById = new HashMap<>();
        Map<String, Boolean> voidedById = new HashMap<>();
        for (Received r : events) {
            String id = r.envelope().path("payload").path("id").asText();
            if (r.type().equals("OutreachContactRecorded")) {
                JsonNode c = r.envelope().path("payload").path("clientCode");
                if (!c.isNull()) {
                    codeById.put(id, c.asText());
                }
                assertEquals(Instant.parse(r.envelope().path("occurredAt").asText()),
                        Instant.parse(r.envelope().path("payload").path("occurredAt").asText()),
                        "a correction keeps the moment of the contact");
            } else {
                voidedById.put(id, true);
            }
        }
        long counted = codeById.entrySet().stream().filter(e -> code.equals(e.getValue()) && !voidedById.containsKey(e.getKey())).count();
        assertEquals(2, counted, "the two linked messages count once each for the client");
        assertEquals(Set.of(direct, first, second), codeById.keySet(), "the voided anonymous message never names the client");
    }

    /** A link publishes its messages in one change: more than one outbox statement holds (100 rows each), in order. */
    @Test
    void aLongConversationLinkedAtOncePublishesEveryMessageInOrder() {
        String code = newClient();
        String name = "long-" + no.sentret.outreach.Api.tag();
        int messages = 130;
        List<String> ids = new java.util.ArrayList<>();
        Instant first = Instant.parse("2021-10-01T08:00:00Z");
        for (int i = 0; i < messages; i++) {
            ids.add(message("\"conversation\":\"" + name + "\"", first.plusSeconds(60L * i).toString()));
        }
        outreach().body("{\"clientCode\":\"" + code + "\"}").post("/outreach/conversations/" + name + "/link").then()
                .statusCode(200).body("messagesLinked", org.hamcrest.Matchers.is(messages));

        List<Received> linked;
        try (TopicReader topic = new TopicReader("outreach-events")) {
            linked = topic.await(r -> code.equals(r.key()), messages, Duration.ofSeconds(60), Duration.ofSeconds(3));
        }
        assertEquals(ids, linked.stream().map(r -> r.envelope().path("payload").path("id").asText()).toList(),
                "every message once, with the code, in the conversation's order");
        for (Received r : linked) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.envelope().toString());
            assertEquals("OutreachContactRecorded", r.type());
        }
    }

    @Test
    void shiftsAssignmentsAndAdCountsPublishCountsOnly() {
        String shift = outreach().body("{\"occurredAt\":\"2021-11-05T22:00:00+01:00\",\"endedAt\":\"2021-11-06T01:30:00+01:00\","
                + "\"district\":\"GAMLE_OSLO\",\"workers\":3,\"contacts\":9,\"handOuts\":[{\"kind\":\"CONDOMS\",\"quantity\":80},"
                + "{\"kind\":\"INFORMATION_LEAFLETS\",\"language\":\"th\",\"quantity\":4}]}")
                .post("/outreach/street-shifts").then().statusCode(201).extract().path("id");
        String assignment = outreach().body("{\"occurredAt\":\"2021-11-08T10:00:00+01:00\",\"kind\":\"CASE_GUIDANCE\","
                + "\"audience\":\"CHILD_WELFARE\",\"participants\":2,\"concernsYoungPeople\":true}")
                .post("/outreach/assignments").then().statusCode(201).extract().path("id");
        String site = "events-" + no.sentret.outreach.Api.tag() + ".no";
        outreach().body("{\"name\":\"" + site + "\"}").post("/outreach/ad-sites").then().statusCode(201);
        outreach().body("{\"site\":\"" + site + "\",\"week\":\"2021-W44\",\"count\":512}").post("/outreach/ad-counts").then().statusCode(201);

        List<Received> events;
        try (TopicReader topic = new TopicReader("outreach-events")) {
            events = topic.await(r -> Set.of(shift, assignment).contains(r.envelope().path("payload").path("id").asText())
                    || site.equals(r.envelope().path("payload").path("site").asText()), 3, Duration.ofSeconds(60), Duration.ofSeconds(2));
        }
        assertEquals(List.of("StreetShiftHeld", "AssignmentHeld", "AdSiteWeekCounted"), events.stream().map(Received::type).toList());
        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.type() + " against the committed schemas: " + r.envelope());
            assertEquals(null, r.key(), "no client");
        }
        assertEquals(9, events.get(0).envelope().path("payload").path("contacts").asInt());
        assertEquals(Instant.parse("2021-11-05T21:00:00Z"), Instant.parse(events.get(0).envelope().path("occurredAt").asText()));
        assertEquals(Instant.parse("2021-11-01T00:00:00+01:00".replace("+01:00", "Z")).minusSeconds(3600),
                Instant.parse(events.get(2).envelope().path("occurredAt").asText()), "the week's Monday, 00:00 in Oslo");
        assertEquals(512, events.get(2).envelope().path("payload").path("count").asInt());
    }
}
