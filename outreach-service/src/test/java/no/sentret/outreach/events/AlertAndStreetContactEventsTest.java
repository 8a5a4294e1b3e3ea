package no.sentret.outreach.events;

import static no.sentret.outreach.Api.newClient;
import static no.sentret.outreach.Api.outreach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TestTokens;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import no.sentret.outreach.Api;
import no.sentret.outreach.alerts.MovableAlertClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Alerts publish categories and dates when published and when they end; named street contacts count for their clients. */
@QuarkusTest
class AlertAndStreetContactEventsTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();

    @AfterEach
    void realTime() {
        MovableAlertClock.reset();
    }

    private static String alert(String category, String extra) {
        return TestTokens.withSubject("ev-" + UUID.randomUUID(), "reporter", "outreach")
                .body("{\"category\":\"" + category + "\",\"district\":\"FROGNER\",\"occurredOn\":\"" + TODAY + "\","
                        + "\"modusOperandi\":\"Secret words of the modus operandi\",\"description\":\"Secret words of the description\"" + extra + "}")
                .post("/outreach/safety-alerts").then().statusCode(201).extract().path("id");
    }

    @Test
    void publishedWithdrawnAndExpiredAlertsPublishCategoriesAndDatesOnly() {
        String withdrawn = alert("THREATS", "");
        String expiring = alert("DRUGGING", ",\"validDays\":1,\"partOfDay\":\"EVENING\"");
        String neverPublished = alert("OTHER", "");
        outreach().post("/outreach/safety-alerts/" + withdrawn + "/approve").then().statusCode(200);
        outreach().post("/outreach/safety-alerts/" + expiring + "/approve").then().statusCode(200);
        outreach().body("{\"reason\":\"Secret reason\"}").post("/outreach/safety-alerts/" + withdrawn + "/withdraw").then().statusCode(200);
        outreach().body("{\"reason\":\"Secret reason\"}").post("/outreach/safety-alerts/" + neverPublished + "/withdraw").then().statusCode(200);
        MovableAlertClock.moveAhead(Duration.ofDays(1).plusMinutes(5)); // the sweep (every second in tests) announces the expiry

        Set<String> ours = Set.of(withdrawn, expiring, neverPublished);
        List<Received> events;
        try (TopicReader topic = new TopicReader("outreach-events")) {
            events = topic.await(r -> ours.contains(r.envelope().path("payload").path("id").asText()), 4,
                    Duration.ofSeconds(60), Duration.ofSeconds(4));
        }
        Map<String, List<String>> byAlert = events.stream().collect(Collectors.groupingBy(
                r -> r.envelope().path("payload").path("id").asText(),
                Collectors.mapping(r -> r.type() + "/" + r.envelope().path("payload").path("ending").asText(""), Collectors.toList())));
        assertEquals(List.of("SafetyAlertPublished/", "SafetyAlertEnded/WITHDRAWN"), byAlert.get(withdrawn));
        assertEquals(List.of("SafetyAlertPublished/", "SafetyAlertEnded/EXPIRED"), byAlert.get(expiring));
        assertEquals(null, byAlert.get(neverPublished), "an alert never published publishes nothing");
        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.type() + " against the committed schemas: " + r.envelope());
            assertEquals(null, r.key());
            assertFalse(r.envelope().toString().contains("Secret"), "no free text leaves the service: " + r.envelope());
            assertFalse(r.envelope().toString().contains("ev-"), "nothing about the reporter: " + r.envelope());
        }
        Received expired = events.stream().filter(r -> r.type().equals("SafetyAlertEnded")
                && r.envelope().path("payload").path("id").asText().equals(expiring)).findFirst().orElseThrow();
        var published = events.stream().filter(r -> r.type().equals("SafetyAlertPublished")
                && r.envelope().path("payload").path("id").asText().equals(expiring)).findFirst().orElseThrow().envelope().path("payload");
        assertEquals(Instant.parse(published.path("expiresAt").asText()), Instant.parse(expired.envelope().path("payload").path("endedAt").asText()),
                "it ended when it expired");
        assertEquals("EVENING", published.path("partOfDay").asText());
        assertEquals("DRUGGING", published.path("category").asText());
        assertEquals(TODAY, published.path("occurredOn").asText());
    }

    @Test
    void aStreetContactNamingAClientCodeIsAServiceEventForTheClient() {
        String code = newClient();
        String survivor = newClient();
        String duplicate = newClient();
        Api.merge(duplicate, survivor);
        String shift = outreach().body("{\"occurredAt\":\"2021-10-01T22:00:00+02:00\",\"endedAt\":\"2021-10-02T01:00:00+02:00\","
                        + "\"district\":\"SENTRUM\",\"workers\":2,\"contacts\":6,\"handOuts\":[],\"clientCodes\":[\"" + code + "\",\"" + duplicate + "\"]}")
                .post("/outreach/street-shifts").then().statusCode(201).extract().path("id");

        List<Received> events;
        try (TopicReader topic = new TopicReader("outreach-events")) {
            events = topic.await(r -> shift.equals(r.envelope().path("payload").path("id").asText())
                    || (r.type().equals("OutreachContactRecorded") && "STREET".equals(r.envelope().path("payload").path("channel").asText())
                    && Set.of(code, survivor).contains(r.key())), 3, Duration.ofSeconds(60), Duration.ofSeconds(3));
        }
        // keyed by client code, so on their clients' partitions: no order between them and the shift
        Received held = events.stream().filter(r -> r.type().equals("StreetShiftHeld")).findFirst().orElseThrow();
        List<Received> contacts = events.stream().filter(r -> r.type().equals("OutreachContactRecorded")).toList();
        assertEquals(6, held.envelope().path("payload").path("contacts").asInt(), "the shift still counts everybody spoken to");
        assertEquals(Set.of(code, survivor), contacts.stream().map(Received::key).collect(Collectors.toSet()), "a merged code counts for its survivor");
        assertEquals(2, contacts.size());
        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.type() + " against the committed schemas: " + r.envelope());
        }
        for (Received r : contacts) {
            assertEquals(r.key(), r.envelope().path("clientCode").asText());
            assertEquals(r.key(), r.envelope().path("payload").path("clientCode").asText());
            assertEquals(Instant.parse("2021-10-01T20:00:00Z"), Instant.parse(r.envelope().path("occurredAt").asText()), "at the shift's start");
            assertNotEquals(shift, r.envelope().path("payload").path("id").asText(), "each contact is its own service event");
        }
        assertNotEquals(contacts.get(0).envelope().path("payload").path("id"), contacts.get(1).envelope().path("payload").path("id"));
    }
}
