package no.sentret.health.invitations;

import static no.sentret.health.Clinic.clinician;
import static no.sentret.health.Clinic.newClient;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import no.sentret.health.Clinic;
import no.sentret.infra.testing.EventSchemas;
import no.sentret.infra.testing.TopicReader;
import no.sentret.infra.testing.TopicReader.Received;
import org.junit.jupiter.api.Test;

/** The neutral front-desk flag: requested and cleared by a clinician, its events carry the client code alone. */
@QuarkusTest
class InvitationsTest {

    @Test
    void requestedAndClearedWithEventsCarryingOnlyTheCode() {
        String code = newClient();
        clinician().body("{\"clientCode\":\"" + code.toLowerCase() + "\"}").post("/health/invitations").then().statusCode(201)
                .body("clientCode", is(code));
        clinician().body("{\"clientCode\":\"" + code + "\"}").post("/health/invitations").then().statusCode(409);
        clinician().get("/health/invitations").then().statusCode(200).body("items.clientCode", hasItem(code));
        clinician().post("/health/invitations/" + code + "/clear").then().statusCode(200).body("clearedAt", notNullValue());
        clinician().post("/health/invitations/" + code + "/clear").then().statusCode(404);
        clinician().get("/health/invitations").then().statusCode(200).body("items.clientCode", not(hasItem(code)));
        // invited again later: a new flag
        clinician().body("{\"clientCode\":\"" + code + "\"}").post("/health/invitations").then().statusCode(201);

        List<Received> events;
        try (TopicReader topic = new TopicReader("health-events")) {
            events = topic.await(r -> code.equals(r.key()), 3, Duration.ofSeconds(30), Duration.ofSeconds(1));
        }
        assertEquals(List.of("HealthTeamInvitationRequested", "HealthTeamInvitationCleared", "HealthTeamInvitationRequested"),
                events.stream().map(Received::type).toList());
        for (Received r : events) {
            assertEquals("", EventSchemas.violations(r.envelope()), r.envelope().toString());
            assertEquals("{\"clientCode\":\"" + code + "\"}", r.envelope().path("payload").toString());
        }
    }

    @Test
    void aMergedCodeIsFlaggedAndClearedUnderItsSurvivor() {
        String survivor = newClient();
        String duplicate = newClient();
        clinician().body("{\"clientCode\":\"" + duplicate + "\"}").post("/health/invitations").then().statusCode(201);
        Clinic.merge(duplicate, survivor);
        clinician().body("{\"clientCode\":\"" + survivor + "\"}").post("/health/invitations").then().statusCode(409);
        clinician().post("/health/invitations/" + survivor + "/clear").then().statusCode(200).body("clientCode", is(duplicate));
        clinician().body("{\"clientCode\":\"" + duplicate + "\"}").post("/health/invitations").then().statusCode(201)
                .body("clientCode", is(survivor));
        clinician().body("{\"clientCode\":\"ZZZZZZZZZZ\"}").post("/health/invitations").then().statusCode(422);
        clinician().post("/health/invitations/ZZZZZZZZZZ/clear").then().statusCode(422);
    }
}
