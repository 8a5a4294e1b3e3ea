package no.sentret.health.events;

import static no.sentret.health.Clinic.COUNSELLING;
import static no.sentret.health.Clinic.PEP;
import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.consult;
import static no.sentret.health.Clinic.newClient;
import static no.sentret.health.Clinic.prep;
import static no.sentret.health.Clinic.stiTest;
import static no.sentret.health.Clinic.vaccination;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import org.junit.jupiter.api.Test;

/**
 * One HealthServiceRecorded per service line with the line's id, keyed by the client code, valid
 * against the committed schemas, carrying categories only; voids cancel exactly the lines voided.
 */
@QuarkusTest
class HealthEventsTest {

    @Test
    void oneEventPerServiceLineAndOneVoidPerVoidedLine() {
        String code = newClient();
        JsonPath c = consult(code, "2022-05-02T10:00:00Z", stiTest("CHLAMYDIA"), stiTest("HIV"), COUNSELLING, prep("START"),
                vaccination("MPOX", 2), PEP, "{\"category\":\"TREATMENT\",\"infection\":\"SYPHILIS\"}");
        String id = c.getString("id");
        List<String> lines = c.getList("services.id", String.class);
        String voidedAlone = lines.get(2);
        clinician().body("{\"reason\":\"not given\"}").post("/health/consultations/" + id + "/services/" + voidedAlone + "/void")
                .then().statusCode(200);
        clinician().body("{\"reason\":\"wrong client\"}").post("/health/consultations/" + id + "/void").then().statusCode(200);

        List<Received> events;
        try (TopicReader topic = new TopicReader("health-events")) {
            events = topic.await(r -> code.equals(r.key()), 2 * lines.size(), Duration.ofSeconds(30), Duration.ofSeconds(1));
        }
        assertEquals(2 * lines.size(), events.size(), "one recorded and one voided per line: " + events);
        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.envelope().toString());
            assertEquals("health-service", r.envelope().path("source").asText());
            assertEquals(code, r.envelope().path("clientCode").asText());
            assertEquals(code, r.envelope().path("payload").path("clientCode").asText());
            String text = r.envelope().toString();
            for (String secret : List.of("PENDING", "CHLAMYDIA", "HIV\"", "SYPHILIS", "URINE", "wrong client", "not given", "DAILY")) {
                assertFalse(text.contains(secret), secret + " leaked into " + text);
            }
        }
        List<Received> recorded = events.stream().filter(r -> r.type().equals("HealthServiceRecorded")).toList();
        assertEquals(lines, recorded.stream().map(r -> r.envelope().path("payload").path("id").asText()).toList(),
                "recorded events carry the lines' ids, in order");
        assertEquals(List.of("STI_TEST", "STI_TEST", "COUNSELLING", "PREP", "VACCINATION", "PEP", "TREATMENT"),
                recorded.stream().map(r -> r.envelope().path("payload").path("category").asText()).toList());
        JsonNode vaccinationPayload = recorded.get(4).envelope().path("payload");
        assertEquals("MPOX", vaccinationPayload.path("vaccine").asText());
        assertEquals(2, vaccinationPayload.path("dose").asInt());
        assertEquals("START", recorded.get(3).envelope().path("payload").path("prepStage").asText());
        assertEquals(Set.of("id", "clientCode", "occurredAt", "category"), fields(recorded.get(0).envelope().path("payload")));
        assertTrue(recorded.stream().allMatch(r -> r.envelope().path("occurredAt").asText().startsWith("2022-05-02T10:00:00")));

        List<Received> voided = events.stream().filter(r -> r.type().equals("HealthServiceVoided")).toList();
        assertEquals(voidedAlone, voided.get(0).envelope().path("payload").path("id").asText(), "the line voided alone first");
        assertEquals(new TreeSet<>(lines), voided.stream().map(r -> r.envelope().path("payload").path("id").asText())
                .collect(Collectors.toCollection(TreeSet::new)), "every line voided exactly once");
        Map<String, String> categoryById = recorded.stream().collect(Collectors.toMap(
                r -> r.envelope().path("payload").path("id").asText(), r -> r.envelope().path("payload").path("category").asText()));
        for (Received v : voided) {
            JsonNode p = v.envelope().path("payload");
            assertEquals(categoryById.get(p.path("id").asText()), p.path("category").asText());
            assertEquals("2022-05-02T10:00:00Z", p.path("occurredAt").asText());
        }
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void anEventIsOnlyEverWrittenWithItsChange() {
        // a refused consultation (one bad line) publishes nothing for its good lines
        String code = newClient();
        clinician().body("{\"clientCode\":\"" + code + "\",\"professionalType\":\"NURSE\",\"services\":[" + PEP
                        + ",{\"category\":\"REFERRAL\"}]}").post("/health/consultations").then().statusCode(400);
        consult(code, null, COUNSELLING);
        List<Received> events;
        try (TopicReader topic = new TopicReader("health-events")) {
            events = topic.await(r -> code.equals(r.key()), 1, Duration.ofSeconds(30), Duration.ofSeconds(1));
        }
        assertEquals(List.of("COUNSELLING"), new ArrayList<>(events.stream()
                .map(r -> r.envelope().path("payload").path("category").asText()).toList()));
    }
}
