package no.sentret.visit.events;

import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import static no.sentret.visit.Api.admin;
import static no.sentret.visit.Api.kiosk;
import static no.sentret.visit.Api.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.sentret.infra.testing.TopicReader.Received;
import org.junit.jupiter.api.Test;

/** The events on visit-events equal the changes made: count, order per client, payloads, schemas. */
@QuarkusTest
class VisitEventsTest {

    @Test
    void theTopicCarriesExactlyTheChangesInOrderPerClient() {
        String a = staff().body("{\"gender\":\"WOMAN\",\"nationality\":\"ES\",\"ageGroup\":\"26-30\",\"regionOfOrigin\":\"WESTERN_EUROPE\",\"preferredLanguage\":\"es\"}")
                .post("/clients").then().statusCode(201).extract().path("code");
        staff().body("{\"ageGroup\":\"31-35\",\"nationality\":null}").patch("/clients/" + a).then().statusCode(200);
        // changes nothing, so publishes nothing
        staff().body("{\"ageGroup\":\"31-35\"}").patch("/clients/" + a).then().statusCode(200);
        String b = admin().body("{\"gender\":\"WOMAN\",\"firstRegisteredOn\":\"2017-02-03\"}").post("/clients")
                .then().statusCode(201).extract().path("code");
        admin().body("{\"survivingCode\":\"" + a + "\"}").post("/clients/" + b + "/merge").then().statusCode(200);
        String visit = staff().body("{\"clientCode\":\"" + b + "\",\"occurredAt\":\"2022-05-01T10:15:00+02:00\",\"activities\":[\"LAUNDRY\",\"MEAL\"]}")
                .post("/visits").then().statusCode(201).extract().path("id");
        staff().body("{\"reason\":\"wrong day\"}").post("/visits/" + visit + "/void").then().statusCode(200);
        String consultation = staff().body("{\"clientCode\":\"" + a + "\",\"kind\":\"EMERGENCY\",\"topics\":[\"VIOLENCE\"]}")
                .post("/social-consultations").then().statusCode(201).extract().path("id");
        staff().body("{\"reason\":\"duplicate\"}").post("/social-consultations/" + consultation + "/void").then().statusCode(200);
        String anonymous = staff().body("{\"activities\":[\"REST\"]}").post("/visits").then().statusCode(201).extract().path("id");
        String feedback = kiosk().body("{\"score\":2,\"language\":\"ro\",\"followUpAnswers\":{\"whatWentWrong\":\"WAITING_TIME\"}}")
                .post("/feedback").then().statusCode(201).extract().path("id");
        // refused changes publish nothing
        staff().body("{\"clientCode\":\"" + a + "\",\"activities\":[\"SAUNA\"]}").post("/visits").then().statusCode(400);
        staff().body("{\"gender\":\"MAN\",\"code\":\"" + a + "\"}").post("/clients").then().statusCode(409);

        Set<String> ours = new java.util.HashSet<>(List.of(a, b));
        Set<String> anonymousIds = Set.of(anonymous, feedback);
        List<Received> events;
        try (TopicReader topic = new TopicReader("visit-events")) {
            events = topic.await(r -> ours.contains(r.key()) || anonymousIds.contains(r.envelope().path("payload").path("id").asText()),
                    11, Duration.ofSeconds(60), Duration.ofSeconds(3));
        }

        Map<String, List<String>> typesByKey = events.stream().collect(Collectors.groupingBy(
                r -> String.valueOf(r.key()), Collectors.mapping(Received::type, Collectors.toList())));
        assertEquals(List.of("ClientRegistered", "ClientUpdated", "ClientsMerged", "ClientUpdated", "VisitRecorded", "VisitVoided",
                "SocialConsultationRecorded", "SocialConsultationVoided"), typesByKey.get(a), "a's events in order");
        assertEquals(List.of("ClientRegistered"), typesByKey.get(b), "b's events");
        assertEquals(Set.of("VisitRecorded", "FeedbackGiven"), Set.copyOf(typesByKey.get("null")), "events without a client");
        assertEquals(11, events.size(), "no event more, none less");

        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.type() + " is valid against the committed schemas: " + r.envelope());
            assertEquals(r.type(), r.typeHeader(), "the type header names the envelope's type (consumers skip by it)");
            assertEquals("visit-service", r.envelope().path("source").asText());
            assertEquals(1, r.envelope().path("schemaVersion").asInt());
            JsonNode key = r.envelope().path("clientCode");
            assertEquals(r.key(), key.isNull() ? null : key.asText(), "the Kafka key is the envelope's clientCode");
        }
        List<Received> forA = events.stream().filter(r -> a.equals(r.key())).toList();
        JsonNode registered = forA.get(0).envelope().path("payload");
        assertEquals(a, registered.path("code").asText());
        assertEquals("ES", registered.path("nationality").asText());
        assertEquals("26-30", registered.path("ageGroup").asText());
        JsonNode updated = forA.get(1).envelope().path("payload");
        assertEquals("31-35", updated.path("ageGroup").asText());
        assertTrue(updated.path("nationality").isNull(), "cleared nationality is null in the full attributes");
        JsonNode merged = forA.get(2).envelope().path("payload");
        assertEquals(b, merged.path("mergedCode").asText());
        assertEquals(a, merged.path("survivingCode").asText());
        assertEquals("2017-02-03", forA.get(3).envelope().path("payload").path("firstRegisteredOn").asText(), "survivor keeps the earlier date");
        JsonNode recorded = forA.get(4).envelope();
        assertEquals(visit, recorded.path("payload").path("id").asText());
        assertEquals(a, recorded.path("payload").path("clientCode").asText(), "a visit under a merged code is the survivor's");
        assertEquals(Instant.parse("2022-05-01T08:15:00Z"), Instant.parse(recorded.path("payload").path("occurredAt").asText()));
        assertEquals(Instant.parse("2022-05-01T08:15:00Z"), Instant.parse(recorded.path("occurredAt").asText()), "occurredAt is the moment of service");
        assertEquals(List.of("LAUNDRY", "MEAL"), List.of(recorded.path("payload").path("activities").get(0).asText(),
                recorded.path("payload").path("activities").get(1).asText()));
        JsonNode voided = forA.get(5).envelope().path("payload");
        assertEquals(visit, voided.path("id").asText());
        assertEquals("wrong day", voided.path("reason").asText());
        assertEquals(consultation, forA.get(6).envelope().path("payload").path("id").asText());
        assertEquals("EMERGENCY", forA.get(6).envelope().path("payload").path("kind").asText());
        assertEquals(consultation, forA.get(7).envelope().path("payload").path("id").asText());

        JsonNode feedbackPayload = events.stream().filter(r -> r.type().equals("FeedbackGiven")).findFirst().orElseThrow().envelope().path("payload");
        assertEquals(2, feedbackPayload.path("score").asInt());
        assertEquals("WAITING_TIME", feedbackPayload.path("followUpAnswers").path("whatWentWrong").asText());
        JsonNode anonymousVisit = events.stream().filter(r -> r.type().equals("VisitRecorded") && r.key() == null).findFirst()
                .orElseThrow().envelope().path("payload");
        assertTrue(anonymousVisit.path("clientCode").isNull(), "an anonymous visit's clientCode is null");
        assertNull(events.stream().filter(r -> r.envelope().path("eventId").asText().isEmpty()).findAny().orElse(null));
    }
}
